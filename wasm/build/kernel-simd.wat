(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param i32 i32 i32) (result i32)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (result i32)))
 (type $4 (func (param i32 i32 i32 i32 i32)))
 (type $5 (func (param i32)))
 (type $6 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $7 (func (param i32) (result i32)))
 (type $8 (func (param i32 i32 i32 i32) (result i32)))
 (type $9 (func (param i32 i64) (result i64)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $11 (func (param i32 i32 i64) (result i64)))
 (type $12 (func (param i32 i32 i64 i32)))
 (type $13 (func (param i32 i32 i32 i32)))
 (type $14 (func (param i32 i32 f64)))
 (type $15 (func (param i32 i32 f32)))
 (type $16 (func (param i32 i32 i32 i32 i32 i32) (result i32)))
 (type $17 (func))
 (import "env" "memory" (memory $0 4))
 (global $assembly/tuning/tuning (mut i32) (i32.const 0))
 (global $assembly/xxh128/accLo (mut i64) (i64.const 0))
 (global $assembly/xxh128/accHi (mut i64) (i64.const 0))
 (data $1 (i32.const 1152) "\b8\fel9#\a4K\be|\01\81,\f7!\ad\1c\de\d4m\e9\83\90\97\dbr@\a4\a4\b7\b3g\1f\cby\e6N\cc\c0\e5x\82Z\d0}\cc\ffr!\b8\08Ft\f7C$\8e\e05\90\e6\81:&L<(R\bb\91\c3\00\cb\88\d0e\8b\1bS.\a3qdH\97\a2\r\f9N8\19\efF\a9\de\ac\d8\a8\fav?\e3\9c4?\f9\dc\bb\c7\c7\0bO\1d\8aQ\e0K\cd\b4Y1\c8\9f~\c9\d9xsd\ea\c5\ac\834\d3\eb\c3\c5\81\a0\ff\fa\13c\eb\17\r\ddQ\b7\f0\daI\d3\16U&)\d4h\9e+\16\beX}G\a1\fc\8f\f8\b8\d1z\d01\ceE\cb:\8f\95\16\04(\af\d7\fb\ca\bbK@~")
 (export "dataEnd" (func $assembly/info/dataEnd))
 (export "init" (func $assembly/info/init))
 (export "load8" (func $assembly/info/load8))
 (export "reservedBytes" (func $assembly/info/reservedBytes))
 (export "setTuning" (func $assembly/tuning/setTuning))
 (export "count" (func $assembly/scan/count))
 (export "findAll" (func $assembly/scan/findAll))
 (export "indexOfByte" (func $assembly/scan/indexOfByte))
 (export "indexOfBytes" (func $assembly/scan/indexOfBytes))
 (export "lastIndexOfByte" (func $assembly/scan/lastIndexOfByte))
 (export "lastIndexOfBytes" (func $assembly/scan/lastIndexOfBytes))
 (export "addF32" (func $assembly/transform/addF32))
 (export "addF64" (func $assembly/transform/addF64))
 (export "addI16" (func $assembly/transform/addI16))
 (export "addI32" (func $assembly/transform/addI32))
 (export "addI64" (func $assembly/transform/addI64))
 (export "addU8" (func $assembly/transform/addU8))
 (export "mapBytes" (func $assembly/transform/mapBytes))
 (export "swap2" (func $assembly/transform/swap2))
 (export "swap4" (func $assembly/transform/swap4))
 (export "swap8" (func $assembly/transform/swap8))
 (export "xorKey" (func $assembly/transform/xorKey))
 (export "crc32cUpdate" (func $assembly/crc32/crc32cUpdate))
 (export "crc32Update" (func $assembly/crc32/crc32Update))
 (export "adler32Update" (func $assembly/adler32/adler32Update))
 (export "xxh64Digest" (func $assembly/xxh64/xxh64Digest))
 (export "xxh64Reset" (func $assembly/xxh64/xxh64Reset))
 (export "xxh64StateSize" (func $assembly/xxh64/xxh64StateSize))
 (export "xxh64Update" (func $assembly/xxh64/xxh64Update))
 (export "xxh3Digest" (func $assembly/xxh3/xxh3Digest))
 (export "xxh3Reset" (func $assembly/xxh3/xxh3Reset))
 (export "xxh3StateSize" (func $assembly/xxh3/xxh3StateSize))
 (export "xxh3Update" (func $assembly/xxh3/xxh3Update))
 (export "xxh32Digest" (func $assembly/xxh32/xxh32Digest))
 (export "xxh32Reset" (func $assembly/xxh32/xxh32Reset))
 (export "xxh32StateSize" (func $assembly/xxh32/xxh32StateSize))
 (export "xxh32Update" (func $assembly/xxh32/xxh32Update))
 (export "xxh128Digest" (func $assembly/xxh128/xxh128Digest))
 (export "xxh128Reset" (func $assembly/xxh128/xxh128Reset))
 (export "xxh128StateSize" (func $assembly/xxh3/xxh3StateSize))
 (export "xxh128Update" (func $assembly/xxh128/xxh128Update))
 (func $assembly/scan/memeq (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  local.get $2
  i32.const 8
  i32.ge_u
  if
   loop $while-continue|0
    local.get $2
    local.get $3
    i32.sub
    i32.const 8
    i32.gt_u
    if
     local.get $0
     local.get $3
     i32.add
     i64.load
     local.get $1
     local.get $3
     i32.add
     i64.load
     i64.ne
     if
      i32.const 0
      return
     end
     local.get $3
     i32.const 8
     i32.add
     local.set $3
     br $while-continue|0
    end
   end
   local.get $0
   local.get $2
   i32.add
   i32.const 8
   i32.sub
   i64.load
   local.get $1
   local.get $2
   i32.add
   i32.const 8
   i32.sub
   i64.load
   i64.eq
   return
  end
  local.get $2
  i32.const 4
  i32.ge_u
  if
   local.get $0
   i32.load
   local.get $1
   i32.load
   i32.eq
   if (result i32)
    local.get $0
    local.get $2
    i32.add
    i32.const 4
    i32.sub
    i32.load
    local.get $1
    local.get $2
    i32.add
    i32.const 4
    i32.sub
    i32.load
    i32.eq
   else
    i32.const 0
   end
   return
  end
  local.get $2
  i32.const 1
  i32.shr_u
  local.set $3
  local.get $0
  i32.load8_u
  local.get $1
  i32.load8_u
  i32.eq
  if (result i32)
   local.get $0
   local.get $3
   i32.add
   i32.load8_u
   local.get $1
   local.get $3
   i32.add
   i32.load8_u
   i32.eq
  else
   i32.const 0
  end
  if (result i32)
   local.get $0
   local.get $2
   i32.add
   i32.const 1
   i32.sub
   i32.load8_u
   local.get $1
   local.get $2
   i32.add
   i32.const 1
   i32.sub
   i32.load8_u
   i32.eq
  else
   i32.const 0
  end
 )
 (func $assembly/xxh3/mergeAccs (param $0 i32) (param $1 i64) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i32)
  (local $8 i64)
  (local $9 i64)
  loop $for-loop|0
   local.get $2
   i32.const 4
   i32.lt_u
   if
    local.get $2
    i32.const 4
    i32.shl
    local.tee $7
    i32.const 1344
    i32.add
    local.tee $3
    i64.load offset=8
    local.get $0
    local.get $7
    i32.add
    local.tee $7
    i64.load offset=8
    i64.xor
    local.tee $4
    i64.const 4294967295
    i64.and
    local.set $6
    local.get $3
    i64.load
    local.get $7
    i64.load
    i64.xor
    local.tee $5
    i64.const 4294967295
    i64.and
    local.set $8
    local.get $5
    i64.const 32
    i64.shr_u
    local.tee $9
    local.get $6
    i64.mul
    local.tee $5
    i64.const 4294967295
    i64.and
    local.get $6
    local.get $8
    i64.mul
    local.tee $6
    i64.const 32
    i64.shr_u
    i64.add
    local.get $8
    local.get $4
    i64.const 32
    i64.shr_u
    local.tee $4
    i64.mul
    i64.add
    local.set $8
    local.get $1
    local.get $5
    i64.const 32
    i64.shr_u
    local.get $8
    i64.const 32
    i64.shr_u
    i64.add
    local.get $4
    local.get $9
    i64.mul
    i64.add
    local.get $6
    i64.const 4294967295
    i64.and
    local.get $8
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    local.set $1
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $1
  local.get $1
  i64.const 37
  i64.shr_u
  i64.xor
  i64.const 1609587791953885689
  i64.mul
  local.tee $1
  i64.const 32
  i64.shr_u
  local.get $1
  i64.xor
 )
 (func $assembly/xxh3/consumeStripes (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  global.get $assembly/tuning/tuning
  i32.const 1
  i32.and
  local.set $15
  local.get $1
  i32.load
  local.set $10
  local.get $0
  v128.load
  local.set $7
  local.get $0
  v128.load offset=16
  local.set $5
  local.get $0
  v128.load offset=32
  local.set $8
  local.get $0
  v128.load offset=48
  local.set $9
  loop $while-continue|0
   local.get $4
   if
    local.get $2
    local.get $10
    i32.const 3
    i32.shl
    i32.add
    local.set $11
    local.get $4
    i32.const 16
    local.get $10
    i32.sub
    local.tee $6
    i32.lt_u
    if
     local.get $4
     local.set $6
    end
    local.get $3
    local.get $6
    i32.const 6
    i32.shl
    i32.add
    local.set $16
    loop $while-continue|1
     local.get $3
     local.get $16
     i32.lt_u
     if
      local.get $3
      v128.load
      local.tee $18
      local.get $11
      v128.load
      v128.xor
      local.set $19
      local.get $3
      v128.load offset=16
      local.tee $20
      local.get $11
      v128.load offset=16
      v128.xor
      local.set $17
      local.get $3
      v128.load offset=32
      local.tee $13
      local.get $11
      v128.load offset=32
      v128.xor
      local.set $21
      local.get $3
      v128.load offset=48
      local.tee $14
      local.get $11
      v128.load offset=48
      v128.xor
      local.set $12
      local.get $15
      if (result v128)
       local.get $7
       local.get $18
       local.get $18
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $19
       local.get $19
       i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
       local.get $19
       local.get $19
       i8x16.shuffle 4 5 6 7 12 13 14 15 4 5 6 7 12 13 14 15
       i64x2.extmul_low_i32x4_u
       i64x2.add
       i64x2.add
       local.set $7
       local.get $5
       local.get $20
       local.get $20
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $17
       local.get $17
       i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
       local.get $17
       local.get $17
       i8x16.shuffle 4 5 6 7 12 13 14 15 4 5 6 7 12 13 14 15
       i64x2.extmul_low_i32x4_u
       i64x2.add
       i64x2.add
       local.set $5
       local.get $8
       local.get $13
       local.get $13
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $21
       local.get $21
       i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
       local.get $21
       local.get $21
       i8x16.shuffle 4 5 6 7 12 13 14 15 4 5 6 7 12 13 14 15
       i64x2.extmul_low_i32x4_u
       i64x2.add
       i64x2.add
       local.set $8
       local.get $9
       local.get $14
       local.get $14
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $12
       local.get $12
       i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
       local.get $12
       local.get $12
       i8x16.shuffle 4 5 6 7 12 13 14 15 4 5 6 7 12 13 14 15
       i64x2.extmul_low_i32x4_u
       i64x2.add
       i64x2.add
      else
       local.get $7
       local.get $18
       local.get $18
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $19
       local.get $17
       i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
       local.tee $18
       local.get $19
       local.get $17
       i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
       local.tee $17
       i64x2.extmul_low_i32x4_u
       i64x2.add
       i64x2.add
       local.set $7
       local.get $5
       local.get $20
       local.get $20
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $18
       local.get $17
       i64x2.extmul_high_i32x4_u
       i64x2.add
       i64x2.add
       local.set $5
       local.get $8
       local.get $13
       local.get $13
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $21
       local.get $12
       i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
       local.tee $13
       local.get $21
       local.get $12
       i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
       local.tee $12
       i64x2.extmul_low_i32x4_u
       i64x2.add
       i64x2.add
       local.set $8
       local.get $9
       local.get $14
       local.get $14
       i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       local.get $13
       local.get $12
       i64x2.extmul_high_i32x4_u
       i64x2.add
       i64x2.add
      end
      local.set $9
      local.get $3
      i32.const -64
      i32.sub
      local.set $3
      local.get $11
      i32.const 8
      i32.add
      local.set $11
      br $while-continue|1
     end
    end
    local.get $4
    local.get $6
    i32.sub
    local.set $4
    local.get $6
    local.get $10
    i32.add
    local.tee $10
    i32.const 16
    i32.eq
    if
     local.get $7
     local.get $7
     i32.const 47
     i64x2.shr_u
     v128.xor
     local.get $2
     i32.const 128
     i32.add
     local.tee $6
     v128.load
     v128.xor
     v128.const i32x4 0x9e3779b1 0x00000000 0x9e3779b1 0x00000000
     i64x2.mul
     local.set $7
     local.get $8
     local.get $8
     i32.const 47
     i64x2.shr_u
     v128.xor
     local.get $6
     v128.load offset=32
     v128.xor
     v128.const i32x4 0x9e3779b1 0x00000000 0x9e3779b1 0x00000000
     i64x2.mul
     local.set $8
     i32.const 0
     local.set $10
     local.get $9
     local.get $9
     i32.const 47
     i64x2.shr_u
     v128.xor
     local.get $6
     v128.load offset=48
     v128.xor
     v128.const i32x4 0x9e3779b1 0x00000000 0x9e3779b1 0x00000000
     i64x2.mul
     local.set $9
     local.get $5
     local.get $5
     i32.const 47
     i64x2.shr_u
     v128.xor
     local.get $6
     v128.load offset=16
     v128.xor
     v128.const i32x4 0x9e3779b1 0x00000000 0x9e3779b1 0x00000000
     i64x2.mul
     local.set $5
    end
    br $while-continue|0
   end
  end
  local.get $0
  local.get $7
  v128.store
  local.get $0
  local.get $5
  v128.store offset=16
  local.get $0
  local.get $8
  v128.store offset=32
  local.get $0
  local.get $9
  v128.store offset=48
  local.get $1
  local.get $10
  i32.store
 )
 (func $assembly/xxh32/stripes (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  global.get $assembly/tuning/tuning
  i32.const 2
  i32.and
  if
   local.get $0
   i32.load
   local.set $4
   local.get $0
   i32.load offset=4
   local.set $5
   local.get $0
   i32.load offset=8
   local.set $6
   local.get $0
   i32.load offset=12
   local.set $7
   loop $while-continue|1
    local.get $2
    local.get $1
    i32.sub
    i32.const 16
    i32.ge_u
    if
     local.get $4
     local.get $1
     i32.load
     i32.const -2048144777
     i32.mul
     i32.add
     i32.const 13
     i32.rotl
     i32.const -1640531535
     i32.mul
     local.set $4
     local.get $5
     local.get $1
     i32.load offset=4
     i32.const -2048144777
     i32.mul
     i32.add
     i32.const 13
     i32.rotl
     i32.const -1640531535
     i32.mul
     local.set $5
     local.get $6
     local.get $1
     i32.load offset=8
     i32.const -2048144777
     i32.mul
     i32.add
     i32.const 13
     i32.rotl
     i32.const -1640531535
     i32.mul
     local.set $6
     local.get $7
     local.get $1
     i32.load offset=12
     i32.const -2048144777
     i32.mul
     i32.add
     i32.const 13
     i32.rotl
     i32.const -1640531535
     i32.mul
     local.set $7
     local.get $1
     i32.const 16
     i32.add
     local.set $1
     br $while-continue|1
    end
   end
   local.get $0
   local.get $4
   i32.store
   local.get $0
   local.get $5
   i32.store offset=4
   local.get $0
   local.get $6
   i32.store offset=8
   local.get $0
   local.get $7
   i32.store offset=12
  else
   local.get $0
   v128.load
   local.set $3
   loop $while-continue|0
    local.get $2
    local.get $1
    i32.sub
    i32.const 16
    i32.ge_u
    if
     local.get $3
     local.get $1
     v128.load
     v128.const i32x4 0x85ebca77 0x85ebca77 0x85ebca77 0x85ebca77
     i32x4.mul
     i32x4.add
     local.tee $3
     i32.const 13
     i32x4.shl
     local.get $3
     i32.const 19
     i32x4.shr_u
     v128.or
     v128.const i32x4 0x9e3779b1 0x9e3779b1 0x9e3779b1 0x9e3779b1
     i32x4.mul
     local.set $3
     local.get $1
     i32.const 16
     i32.add
     local.set $1
     br $while-continue|0
    end
   end
   local.get $0
   local.get $3
   v128.store
  end
  local.get $1
 )
 (func $assembly/xxh3/xxh3Update (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $2
  i32.eqz
  if
   return
  end
  local.get $0
  i32.const 576
  i32.add
  local.tee $3
  local.get $3
  i64.load
  local.get $2
  i64.extend_i32_u
  i64.add
  i64.store
  local.get $0
  i32.const 256
  i32.add
  local.set $3
  local.get $0
  i32.const 592
  i32.add
  local.tee $4
  i32.load
  local.tee $5
  local.get $2
  i32.add
  local.tee $6
  i32.const 256
  i32.le_u
  if
   local.get $3
   local.get $5
   i32.add
   local.get $1
   local.get $2
   memory.copy
   local.get $4
   local.get $6
   i32.store
   return
  end
  local.get $5
  if
   local.get $3
   local.get $5
   i32.add
   local.get $1
   i32.const 256
   local.get $5
   i32.sub
   local.tee $4
   memory.copy
   local.get $2
   local.get $4
   i32.sub
   local.set $2
   local.get $0
   local.get $0
   i32.const 596
   i32.add
   local.get $0
   i32.const -64
   i32.sub
   local.get $3
   i32.const 4
   call $assembly/xxh3/consumeStripes
   local.get $0
   i32.const 512
   i32.add
   local.get $3
   i32.const 192
   i32.add
   i32.const 64
   memory.copy
   local.get $1
   local.get $4
   i32.add
   local.set $1
  end
  local.get $2
  i32.const 256
  i32.gt_u
  if
   local.get $0
   local.get $0
   i32.const 596
   i32.add
   local.get $0
   i32.const -64
   i32.sub
   local.get $1
   local.get $2
   i32.const 1
   i32.sub
   i32.const 6
   i32.shr_u
   local.tee $4
   call $assembly/xxh3/consumeStripes
   local.get $0
   i32.const 512
   i32.add
   local.get $4
   i32.const 6
   i32.shl
   local.tee $4
   local.get $1
   i32.add
   local.tee $1
   i32.const -64
   i32.add
   i32.const 64
   memory.copy
   local.get $2
   local.get $4
   i32.sub
   local.set $2
  end
  local.get $3
  local.get $1
  local.get $2
  memory.copy
  local.get $0
  i32.const 592
  i32.add
  local.get $2
  i32.store
 )
 (func $assembly/xxh3/xxh3Reset (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i32)
  local.get $1
  i64.extend_i32_u
  local.get $2
  i64.extend_i32_u
  i64.const 32
  i64.shl
  i64.or
  local.set $3
  local.get $0
  i64.const 3266489917
  i64.store
  local.get $0
  i64.const -7046029288634856825
  i64.store offset=8
  local.get $0
  i64.const -4417276706812531889
  i64.store offset=16
  local.get $0
  i64.const 1609587929392839161
  i64.store offset=24
  local.get $0
  i64.const -8796714831421723037
  i64.store offset=32
  local.get $0
  i64.const 2246822519
  i64.store offset=40
  local.get $0
  i64.const 2870177450012600261
  i64.store offset=48
  local.get $0
  i64.const 2654435761
  i64.store offset=56
  i32.const 0
  local.set $1
  loop $for-loop|0
   local.get $1
   i32.const 192
   i32.lt_u
   if
    local.get $0
    i32.const -64
    i32.sub
    local.get $1
    i32.add
    local.tee $2
    local.get $1
    i32.const 1152
    i32.add
    local.tee $4
    i64.load
    local.get $3
    i64.add
    i64.store
    local.get $2
    local.get $4
    i64.load offset=8
    local.get $3
    i64.sub
    i64.store offset=8
    local.get $1
    i32.const 16
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  local.get $0
  i32.const 576
  i32.add
  i64.const 0
  i64.store
  local.get $0
  i32.const 584
  i32.add
  local.get $3
  i64.store
  local.get $0
  i32.const 592
  i32.add
  i32.const 0
  i32.store
  local.get $0
  i32.const 596
  i32.add
  i32.const 0
  i32.store
 )
 (func $assembly/xxh3/finishLong (param $0 i32)
  (local $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $0
  i32.const 592
  i32.add
  i32.load
  local.set $4
  i32.const 1344
  local.get $0
  i32.const 64
  memory.copy
  i32.const 1408
  local.get $0
  i32.const 596
  i32.add
  i32.load
  i32.store
  i32.const 1344
  i32.const 1408
  local.get $0
  i32.const -64
  i32.sub
  local.tee $5
  local.get $0
  i32.const 256
  i32.add
  local.tee $6
  local.get $4
  i32.const 1
  i32.sub
  i32.const 6
  i32.shr_u
  call $assembly/xxh3/consumeStripes
  local.get $4
  i32.const 64
  i32.ge_u
  if (result i32)
   local.get $4
   local.get $6
   i32.add
   i32.const -64
   i32.add
  else
   i32.const 1424
   local.get $0
   i32.const 512
   i32.add
   local.get $4
   i32.add
   i32.const 64
   local.get $4
   i32.sub
   memory.copy
   i32.const 1488
   local.get $4
   i32.sub
   local.get $6
   local.get $4
   memory.copy
   i32.const 1424
  end
  local.set $0
  local.get $5
  i32.const 121
  i32.add
  local.set $4
  loop $for-loop|0
   local.get $1
   i32.const 8
   i32.lt_u
   if
    local.get $1
    i32.const 3
    i32.shl
    local.tee $5
    local.get $0
    i32.add
    i64.load
    local.tee $2
    local.get $4
    local.get $5
    i32.add
    i64.load
    i64.xor
    local.set $3
    local.get $1
    i32.const 1
    i32.xor
    i32.const 3
    i32.shl
    i32.const 1344
    i32.add
    local.tee $6
    local.get $6
    i64.load
    local.get $2
    i64.add
    i64.store
    local.get $5
    i32.const 1344
    i32.add
    local.tee $5
    local.get $5
    i64.load
    local.get $3
    i64.const 4294967295
    i64.and
    local.get $3
    i64.const 32
    i64.shr_u
    i64.mul
    i64.add
    i64.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
 )
 (func $assembly/scan/search (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (result i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i64)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  local.get $2
  i32.load8_u
  local.set $17
  local.get $2
  local.get $3
  i32.add
  i32.const 1
  i32.sub
  i32.load8_u
  local.set $18
  local.get $1
  local.get $3
  i32.sub
  i32.const 1
  i32.add
  local.tee $9
  i32.const 16
  i32.ge_u
  if
   local.get $17
   i8x16.splat
   local.set $10
   local.get $18
   i8x16.splat
   local.set $11
   local.get $3
   i32.const 1
   i32.sub
   local.set $17
   loop $while-continue|0
    local.get $9
    local.get $7
    i32.sub
    i32.const 64
    i32.ge_u
    if
     local.get $17
     local.get $0
     local.get $7
     i32.add
     local.tee $1
     i32.add
     local.set $18
     local.get $1
     v128.load align=1
     local.get $10
     i8x16.eq
     local.get $18
     v128.load align=1
     local.get $11
     i8x16.eq
     v128.and
     local.tee $13
     local.get $1
     v128.load offset=16 align=1
     local.get $10
     i8x16.eq
     local.get $18
     v128.load offset=16 align=1
     local.get $11
     i8x16.eq
     v128.and
     local.tee $14
     v128.or
     local.get $1
     v128.load offset=32 align=1
     local.get $10
     i8x16.eq
     local.get $18
     v128.load offset=32 align=1
     local.get $11
     i8x16.eq
     v128.and
     local.tee $15
     local.get $1
     v128.load offset=48 align=1
     local.get $10
     i8x16.eq
     local.get $18
     v128.load offset=48 align=1
     local.get $11
     i8x16.eq
     v128.and
     local.tee $16
     v128.or
     v128.or
     v128.any_true
     if
      local.get $13
      i8x16.bitmask
      i64.extend_i32_u
      local.get $14
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 16
      i64.shl
      i64.or
      local.get $15
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 32
      i64.shl
      i64.or
      local.get $16
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 48
      i64.shl
      i64.or
      local.set $12
      loop $do-loop|1
       local.get $7
       local.get $12
       i64.ctz
       i32.wrap_i64
       i32.add
       local.set $1
       local.get $3
       i32.const 2
       i32.le_u
       if (result i32)
        i32.const 1
       else
        local.get $0
        local.get $1
        i32.add
        i32.const 1
        i32.add
        local.get $2
        i32.const 1
        i32.add
        local.get $3
        i32.const 2
        i32.sub
        call $assembly/scan/memeq
       end
       if
        local.get $6
        i32.eqz
        if
         local.get $1
         return
        end
        local.get $4
        local.get $8
        i32.const 2
        i32.shl
        i32.add
        local.get $1
        i32.store align=1
        local.get $8
        i32.const 1
        i32.add
        local.tee $8
        local.get $5
        i32.eq
        if
         local.get $8
         return
        end
       end
       local.get $12
       local.get $12
       i64.const 1
       i64.sub
       i64.and
       local.tee $12
       i64.const 0
       i64.ne
       br_if $do-loop|1
      end
     end
     local.get $7
     i32.const -64
     i32.sub
     local.set $7
     br $while-continue|0
    end
   end
   loop $while-continue|2
    local.get $7
    local.get $9
    i32.lt_u
    if
     local.get $9
     local.get $7
     local.tee $1
     i32.sub
     i32.const 16
     i32.ge_u
     if (result i32)
      i32.const 65535
     else
      i32.const 65535
      local.get $1
      local.get $9
      i32.const 16
      i32.sub
      local.tee $1
      i32.sub
      i32.shl
     end
     local.get $0
     local.get $1
     i32.add
     local.tee $7
     v128.load align=1
     local.get $10
     i8x16.eq
     local.get $7
     local.get $17
     i32.add
     v128.load align=1
     local.get $11
     i8x16.eq
     v128.and
     i8x16.bitmask
     i32.and
     local.set $7
     loop $while-continue|3
      local.get $7
      if
       local.get $1
       local.get $7
       i32.ctz
       i32.add
       local.set $18
       local.get $3
       i32.const 2
       i32.le_u
       if (result i32)
        i32.const 1
       else
        local.get $0
        local.get $18
        i32.add
        i32.const 1
        i32.add
        local.get $2
        i32.const 1
        i32.add
        local.get $3
        i32.const 2
        i32.sub
        call $assembly/scan/memeq
       end
       if
        local.get $6
        i32.eqz
        if
         local.get $18
         return
        end
        local.get $4
        local.get $8
        i32.const 2
        i32.shl
        i32.add
        local.get $18
        i32.store align=1
        local.get $8
        i32.const 1
        i32.add
        local.tee $8
        local.get $5
        i32.eq
        if
         local.get $8
         return
        end
       end
       local.get $7
       local.get $7
       i32.const 1
       i32.sub
       i32.and
       local.set $7
       br $while-continue|3
      end
     end
     local.get $1
     i32.const 16
     i32.add
     local.set $7
     br $while-continue|2
    end
   end
   local.get $8
   i32.const -1
   local.get $6
   select
   return
  end
  loop $while-continue|4
   local.get $7
   local.get $9
   i32.lt_u
   if
    local.get $0
    local.get $7
    i32.add
    local.tee $1
    i32.load8_u
    local.get $17
    i32.eq
    if (result i32)
     local.get $1
     local.get $3
     i32.add
     i32.const 1
     i32.sub
     i32.load8_u
     local.get $18
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $3
     i32.const 2
     i32.le_u
     if (result i32)
      i32.const 1
     else
      local.get $0
      local.get $7
      i32.add
      i32.const 1
      i32.add
      local.get $2
      i32.const 1
      i32.add
      local.get $3
      i32.const 2
      i32.sub
      call $assembly/scan/memeq
     end
     if
      local.get $6
      i32.eqz
      if
       local.get $7
       return
      end
      local.get $4
      local.get $8
      i32.const 2
      i32.shl
      i32.add
      local.get $7
      i32.store align=1
      local.get $8
      i32.const 1
      i32.add
      local.tee $8
      local.get $5
      i32.eq
      if
       local.get $8
       return
      end
     end
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $while-continue|4
   end
  end
  local.get $8
  i32.const -1
  local.get $6
  select
 )
 (func $assembly/scan/lastIndexOfByte (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i64)
  local.get $1
  i32.const 16
  i32.ge_u
  if
   local.get $2
   i8x16.splat
   local.set $3
   loop $while-continue|0
    local.get $1
    i32.const 64
    i32.ge_u
    if
     local.get $0
     local.get $1
     i32.add
     i32.const -64
     i32.add
     local.tee $2
     v128.load align=1
     local.get $3
     i8x16.eq
     local.tee $4
     local.get $2
     v128.load offset=16 align=1
     local.get $3
     i8x16.eq
     local.tee $5
     v128.or
     local.get $2
     v128.load offset=32 align=1
     local.get $3
     i8x16.eq
     local.tee $6
     local.get $2
     v128.load offset=48 align=1
     local.get $3
     i8x16.eq
     local.tee $7
     v128.or
     v128.or
     v128.any_true
     if (result i64)
      local.get $4
      i8x16.bitmask
      i64.extend_i32_u
      local.get $5
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 16
      i64.shl
      i64.or
      local.get $6
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 32
      i64.shl
      i64.or
      local.get $7
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 48
      i64.shl
      i64.or
     else
      i64.const 0
     end
     local.tee $8
     i64.const 0
     i64.ne
     if
      local.get $1
      local.get $8
      i64.clz
      i32.wrap_i64
      i32.sub
      i32.const 1
      i32.sub
      return
     end
     local.get $1
     i32.const -64
     i32.add
     local.set $1
     br $while-continue|0
    end
   end
   loop $while-continue|1
    local.get $1
    i32.const 16
    i32.ge_u
    if
     local.get $0
     local.get $1
     i32.add
     i32.const 16
     i32.sub
     v128.load align=1
     local.get $3
     i8x16.eq
     i8x16.bitmask
     local.tee $2
     if
      local.get $1
      local.get $2
      i32.clz
      i32.sub
      i32.const 15
      i32.add
      return
     end
     local.get $1
     i32.const 16
     i32.sub
     local.set $1
     br $while-continue|1
    end
   end
   local.get $1
   if
    local.get $0
    v128.load align=1
    local.get $3
    i8x16.eq
    i8x16.bitmask
    i32.const 1
    local.get $1
    i32.shl
    i32.const 1
    i32.sub
    i32.and
    local.tee $0
    if
     i32.const 31
     local.get $0
     i32.clz
     i32.sub
     return
    end
   end
   i32.const -1
   return
  end
  local.get $2
  i32.const 255
  i32.and
  local.set $2
  loop $while-continue|2
   local.get $1
   if
    local.get $1
    i32.const 1
    i32.sub
    local.tee $1
    local.get $0
    i32.add
    i32.load8_u
    local.get $2
    i32.eq
    if
     local.get $1
     return
    end
    br $while-continue|2
   end
  end
  i32.const -1
 )
 (func $assembly/scan/indexOfByte (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 i64)
  local.get $1
  i32.const 16
  i32.ge_u
  if
   local.get $2
   i8x16.splat
   local.set $4
   loop $while-continue|0
    local.get $1
    local.get $3
    i32.sub
    i32.const 64
    i32.ge_u
    if
     local.get $0
     local.get $3
     i32.add
     local.tee $2
     v128.load align=1
     local.get $4
     i8x16.eq
     local.tee $5
     local.get $2
     v128.load offset=16 align=1
     local.get $4
     i8x16.eq
     local.tee $6
     v128.or
     local.get $2
     v128.load offset=32 align=1
     local.get $4
     i8x16.eq
     local.tee $7
     local.get $2
     v128.load offset=48 align=1
     local.get $4
     i8x16.eq
     local.tee $8
     v128.or
     v128.or
     v128.any_true
     if (result i64)
      local.get $5
      i8x16.bitmask
      i64.extend_i32_u
      local.get $6
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 16
      i64.shl
      i64.or
      local.get $7
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 32
      i64.shl
      i64.or
      local.get $8
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 48
      i64.shl
      i64.or
     else
      i64.const 0
     end
     local.tee $9
     i64.const 0
     i64.ne
     if
      local.get $3
      local.get $9
      i64.ctz
      i32.wrap_i64
      i32.add
      return
     end
     local.get $3
     i32.const -64
     i32.sub
     local.set $3
     br $while-continue|0
    end
   end
   loop $while-continue|1
    local.get $1
    local.get $3
    i32.sub
    i32.const 16
    i32.ge_u
    if
     local.get $0
     local.get $3
     i32.add
     v128.load align=1
     local.get $4
     i8x16.eq
     i8x16.bitmask
     local.tee $2
     if
      local.get $3
      local.get $2
      i32.ctz
      i32.add
      return
     end
     local.get $3
     i32.const 16
     i32.add
     local.set $3
     br $while-continue|1
    end
   end
   local.get $1
   local.get $3
   i32.sub
   local.tee $2
   if
    local.get $0
    local.get $1
    i32.add
    i32.const 16
    i32.sub
    v128.load align=1
    local.get $4
    i8x16.eq
    i8x16.bitmask
    i32.const 16
    local.get $2
    i32.sub
    i32.shr_u
    local.tee $0
    if
     local.get $3
     local.get $0
     i32.ctz
     i32.add
     return
    end
   end
   i32.const -1
   return
  end
  local.get $2
  i32.const 255
  i32.and
  local.set $2
  loop $while-continue|2
   local.get $1
   local.get $3
   i32.gt_u
   if
    local.get $0
    local.get $3
    i32.add
    i32.load8_u
    local.get $2
    i32.eq
    if
     local.get $3
     return
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $while-continue|2
   end
  end
  i32.const -1
 )
 (func $assembly/crc32/combine (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  i32.const -2147483648
  local.set $5
  i32.const 3
  local.set $10
  loop $while-continue|0
   local.get $4
   if
    local.get $4
    i32.const 1
    i32.and
    if
     i32.const 0
     local.set $6
     local.get $1
     local.get $10
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $9
     i32.const -2147483648
     local.set $11
     loop $for-loop|0
      local.get $11
      if
       block $for-break0
        local.get $9
        local.get $11
        i32.and
        if
         local.get $5
         local.get $6
         i32.xor
         local.set $6
         local.get $9
         local.get $11
         i32.const 1
         i32.sub
         i32.and
         i32.eqz
         br_if $for-break0
        end
        local.get $5
        i32.const 1
        i32.shr_u
        local.tee $7
        local.get $0
        i32.xor
        local.get $7
        local.get $5
        i32.const 1
        i32.and
        select
        local.set $5
        local.get $11
        i32.const 1
        i32.shr_u
        local.set $11
        br $for-loop|0
       end
      end
     end
     local.get $6
     local.set $5
    end
    local.get $4
    i32.const 1
    i32.shr_u
    local.set $4
    local.get $10
    i32.const 1
    i32.add
    local.set $10
    br $while-continue|0
   end
  end
  i32.const -2147483648
  local.set $1
  loop $for-loop|01
   local.get $1
   if
    block $for-break00
     local.get $1
     local.get $5
     i32.and
     if
      local.get $2
      local.get $8
      i32.xor
      local.set $8
      local.get $5
      local.get $1
      i32.const 1
      i32.sub
      i32.and
      i32.eqz
      br_if $for-break00
     end
     local.get $2
     i32.const 1
     i32.shr_u
     local.tee $4
     local.get $0
     i32.xor
     local.get $4
     local.get $2
     i32.const 1
     i32.and
     select
     local.set $2
     local.get $1
     i32.const 1
     i32.shr_u
     local.set $1
     br $for-loop|01
    end
   end
  end
  local.get $3
  local.get $8
  i32.xor
 )
 (func $assembly/crc32/buildTables (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $2
   i32.const 256
   i32.lt_u
   if
    local.get $2
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|1
     local.get $4
     i32.const 8
     i32.lt_s
     if
      local.get $1
      i32.const 0
      local.get $3
      i32.const 1
      i32.and
      i32.sub
      i32.and
      local.get $3
      i32.const 1
      i32.shr_u
      i32.xor
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|1
     end
    end
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    local.get $3
    i32.store
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  i32.const 1
  local.set $1
  loop $for-loop|2
   local.get $1
   i32.const 16
   i32.lt_u
   if
    i32.const 0
    local.set $2
    loop $for-loop|3
     local.get $2
     i32.const 256
     i32.lt_u
     if
      local.get $2
      i32.const 2
      i32.shl
      local.tee $4
      local.get $0
      local.get $1
      i32.const 1
      i32.sub
      i32.const 10
      i32.shl
      i32.add
      i32.add
      i32.load
      local.set $3
      local.get $0
      local.get $1
      i32.const 10
      i32.shl
      i32.add
      local.get $4
      i32.add
      local.get $0
      local.get $3
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.get $3
      i32.const 8
      i32.shr_u
      i32.xor
      i32.store
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|3
     end
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|2
   end
  end
 )
 (func $assembly/xxh64/xxh64Update (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i32)
  (local $8 i32)
  local.get $2
  i32.eqz
  if
   return
  end
  local.get $0
  local.get $0
  i64.load offset=32
  local.get $2
  i64.extend_i32_u
  i64.add
  i64.store offset=32
  local.get $0
  i32.load offset=80
  local.tee $7
  local.get $2
  i32.add
  local.tee $8
  i32.const 32
  i32.lt_u
  if
   local.get $0
   i32.const 48
   i32.add
   local.get $7
   i32.add
   local.get $1
   local.get $2
   memory.copy
   local.get $0
   local.get $8
   i32.store offset=80
   return
  end
  local.get $1
  local.get $2
  i32.add
  local.set $8
  local.get $7
  if
   local.get $0
   i32.const 48
   i32.add
   local.tee $2
   local.get $7
   i32.add
   local.get $1
   i32.const 32
   local.get $7
   i32.sub
   local.tee $7
   memory.copy
   local.get $1
   local.get $7
   i32.add
   local.set $1
   local.get $0
   i32.const 80
   i32.add
   local.set $7
   local.get $0
   i64.load
   local.set $3
   local.get $0
   i64.load offset=8
   local.set $4
   local.get $0
   i64.load offset=16
   local.set $5
   local.get $0
   i64.load offset=24
   local.set $6
   loop $while-continue|0
    local.get $7
    local.get $2
    i32.sub
    i32.const 64
    i32.ge_u
    if
     local.get $2
     i64.load offset=32
     i64.const -4417276706812531889
     i64.mul
     local.get $3
     local.get $2
     i64.load
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $3
     local.get $2
     i64.load offset=40
     i64.const -4417276706812531889
     i64.mul
     local.get $4
     local.get $2
     i64.load offset=8
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $4
     local.get $2
     i64.load offset=48
     i64.const -4417276706812531889
     i64.mul
     local.get $5
     local.get $2
     i64.load offset=16
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $5
     local.get $2
     i64.load offset=56
     i64.const -4417276706812531889
     i64.mul
     local.get $6
     local.get $2
     i64.load offset=24
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $6
     local.get $2
     i32.const -64
     i32.sub
     local.set $2
     br $while-continue|0
    end
   end
   loop $while-continue|1
    local.get $7
    local.get $2
    i32.sub
    i32.const 32
    i32.ge_u
    if
     local.get $3
     local.get $2
     i64.load
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $3
     local.get $4
     local.get $2
     i64.load offset=8
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $4
     local.get $5
     local.get $2
     i64.load offset=16
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $5
     local.get $6
     local.get $2
     i64.load offset=24
     i64.const -4417276706812531889
     i64.mul
     i64.add
     i64.const 31
     i64.rotl
     i64.const -7046029288634856825
     i64.mul
     local.set $6
     local.get $2
     i32.const 32
     i32.add
     local.set $2
     br $while-continue|1
    end
   end
   local.get $0
   local.get $3
   i64.store
   local.get $0
   local.get $4
   i64.store offset=8
   local.get $0
   local.get $5
   i64.store offset=16
   local.get $0
   local.get $6
   i64.store offset=24
  end
  local.get $0
  i64.load
  local.set $3
  local.get $0
  i64.load offset=8
  local.set $4
  local.get $0
  i64.load offset=16
  local.set $5
  local.get $0
  i64.load offset=24
  local.set $6
  loop $while-continue|2
   local.get $8
   local.get $1
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $1
    i64.load offset=32
    i64.const -4417276706812531889
    i64.mul
    local.get $3
    local.get $1
    i64.load
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $3
    local.get $1
    i64.load offset=40
    i64.const -4417276706812531889
    i64.mul
    local.get $4
    local.get $1
    i64.load offset=8
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $4
    local.get $1
    i64.load offset=48
    i64.const -4417276706812531889
    i64.mul
    local.get $5
    local.get $1
    i64.load offset=16
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $5
    local.get $1
    i64.load offset=56
    i64.const -4417276706812531889
    i64.mul
    local.get $6
    local.get $1
    i64.load offset=24
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $6
    local.get $1
    i32.const -64
    i32.sub
    local.set $1
    br $while-continue|2
   end
  end
  loop $while-continue|3
   local.get $8
   local.get $1
   i32.sub
   i32.const 32
   i32.ge_u
   if
    local.get $3
    local.get $1
    i64.load
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $3
    local.get $4
    local.get $1
    i64.load offset=8
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $4
    local.get $5
    local.get $1
    i64.load offset=16
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $5
    local.get $6
    local.get $1
    i64.load offset=24
    i64.const -4417276706812531889
    i64.mul
    i64.add
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $6
    local.get $1
    i32.const 32
    i32.add
    local.set $1
    br $while-continue|3
   end
  end
  local.get $0
  local.get $3
  i64.store
  local.get $0
  local.get $4
  i64.store offset=8
  local.get $0
  local.get $5
  i64.store offset=16
  local.get $0
  local.get $6
  i64.store offset=24
  local.get $8
  local.get $1
  i32.sub
  local.tee $2
  if
   local.get $0
   i32.const 48
   i32.add
   local.get $1
   local.get $2
   memory.copy
  end
  local.get $0
  local.get $2
  i32.store offset=80
 )
 (func $assembly/xxh64/xxh64StateSize (result i32)
  i32.const 88
 )
 (func $assembly/xxh64/xxh64Reset (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  local.get $0
  local.get $1
  i64.extend_i32_u
  local.get $2
  i64.extend_i32_u
  i64.const 32
  i64.shl
  i64.or
  local.tee $3
  i64.const 6983438078262162902
  i64.add
  i64.store
  local.get $0
  local.get $3
  i64.const 4417276706812531889
  i64.sub
  i64.store offset=8
  local.get $0
  local.get $3
  i64.store offset=16
  local.get $0
  local.get $3
  i64.const 7046029288634856825
  i64.add
  i64.store offset=24
  local.get $0
  i64.const 0
  i64.store offset=32
  local.get $0
  local.get $3
  i64.store offset=40
  local.get $0
  i32.const 0
  i32.store offset=80
 )
 (func $assembly/xxh64/xxh64Digest (param $0 i32) (param $1 i32)
  (local $2 i64)
  (local $3 i32)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  local.get $0
  i64.load offset=32
  local.tee $5
  i64.const 32
  i64.ge_u
  if (result i64)
   local.get $0
   i64.load
   local.tee $6
   i64.const 1
   i64.rotl
   local.get $0
   i64.load offset=8
   local.tee $7
   i64.const 7
   i64.rotl
   i64.add
   local.get $0
   i64.load offset=16
   local.tee $2
   i64.const 12
   i64.rotl
   i64.add
   local.get $0
   i64.load offset=24
   local.tee $4
   i64.const 18
   i64.rotl
   i64.add
   local.get $6
   i64.const -4417276706812531889
   i64.mul
   i64.const 31
   i64.rotl
   i64.const -7046029288634856825
   i64.mul
   i64.xor
   i64.const -7046029288634856825
   i64.mul
   i64.const 8796714831421723037
   i64.sub
   local.get $7
   i64.const -4417276706812531889
   i64.mul
   i64.const 31
   i64.rotl
   i64.const -7046029288634856825
   i64.mul
   i64.xor
   i64.const -7046029288634856825
   i64.mul
   i64.const 8796714831421723037
   i64.sub
   local.get $2
   i64.const -4417276706812531889
   i64.mul
   i64.const 31
   i64.rotl
   i64.const -7046029288634856825
   i64.mul
   i64.xor
   i64.const -7046029288634856825
   i64.mul
   i64.const 8796714831421723037
   i64.sub
   local.get $4
   i64.const -4417276706812531889
   i64.mul
   i64.const 31
   i64.rotl
   i64.const -7046029288634856825
   i64.mul
   i64.xor
   i64.const -7046029288634856825
   i64.mul
   i64.const 8796714831421723037
   i64.sub
  else
   local.get $0
   i64.load offset=40
   i64.const 2870177450012600261
   i64.add
  end
  local.get $5
  i64.add
  local.set $2
  local.get $0
  i32.const 48
  i32.add
  local.set $3
  local.get $0
  i32.load offset=80
  local.set $0
  loop $while-continue|0
   local.get $0
   i32.const 8
   i32.ge_u
   if
    local.get $2
    local.get $3
    i64.load
    i64.const -4417276706812531889
    i64.mul
    i64.const 31
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    i64.xor
    i64.const 27
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    i64.const 8796714831421723037
    i64.sub
    local.set $2
    local.get $3
    i32.const 8
    i32.add
    local.set $3
    local.get $0
    i32.const 8
    i32.sub
    local.set $0
    br $while-continue|0
   end
  end
  local.get $0
  i32.const 4
  i32.ge_u
  if
   local.get $2
   local.get $3
   i64.load32_u
   i64.const -7046029288634856825
   i64.mul
   i64.xor
   i64.const 23
   i64.rotl
   i64.const -4417276706812531889
   i64.mul
   i64.const 1609587929392839161
   i64.add
   local.set $2
   local.get $3
   i32.const 4
   i32.add
   local.set $3
   local.get $0
   i32.const 4
   i32.sub
   local.set $0
  end
  loop $while-continue|1
   local.get $0
   if
    local.get $2
    local.get $3
    i64.load8_u
    i64.const 2870177450012600261
    i64.mul
    i64.xor
    i64.const 11
    i64.rotl
    i64.const -7046029288634856825
    i64.mul
    local.set $2
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    local.get $0
    i32.const 1
    i32.sub
    local.set $0
    br $while-continue|1
   end
  end
  local.get $1
  local.get $2
  local.get $2
  i64.const 33
  i64.shr_u
  i64.xor
  i64.const -4417276706812531889
  i64.mul
  local.tee $2
  local.get $2
  i64.const 29
  i64.shr_u
  i64.xor
  i64.const 1609587929392839161
  i64.mul
  local.tee $2
  local.get $2
  i64.const 32
  i64.shr_u
  i64.xor
  i64.store
 )
 (func $assembly/xxh32/xxh32Update (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $2
  i32.eqz
  if
   return
  end
  local.get $0
  i32.const 16
  i32.add
  local.tee $3
  local.get $3
  i64.load
  local.get $2
  i64.extend_i32_u
  i64.add
  i64.store
  local.get $0
  i32.const 28
  i32.add
  local.tee $4
  i32.load
  local.tee $5
  local.get $2
  i32.add
  local.tee $3
  i32.const 16
  i32.lt_u
  if
   local.get $0
   i32.const 32
   i32.add
   local.get $5
   i32.add
   local.get $1
   local.get $2
   memory.copy
   local.get $4
   local.get $3
   i32.store
   return
  end
  local.get $1
  local.get $2
  i32.add
  local.tee $2
  local.get $0
  local.get $5
  if (result i32)
   local.get $0
   i32.const 32
   i32.add
   local.tee $3
   local.get $5
   i32.add
   local.get $1
   i32.const 16
   local.get $5
   i32.sub
   local.tee $4
   memory.copy
   local.get $0
   local.get $3
   local.get $0
   i32.const 48
   i32.add
   call $assembly/xxh32/stripes
   drop
   local.get $1
   local.get $4
   i32.add
  else
   local.get $1
  end
  local.get $2
  call $assembly/xxh32/stripes
  local.tee $1
  i32.sub
  local.tee $2
  if
   local.get $0
   i32.const 32
   i32.add
   local.get $1
   local.get $2
   memory.copy
  end
  local.get $0
  i32.const 28
  i32.add
  local.get $2
  i32.store
 )
 (func $assembly/xxh32/xxh32StateSize (result i32)
  i32.const 48
 )
 (func $assembly/xxh32/xxh32Reset (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.const 606290984
  i32.add
  i32.store
  local.get $0
  local.get $1
  i32.const 2048144777
  i32.sub
  i32.store offset=4
  local.get $0
  local.get $1
  i32.store offset=8
  local.get $0
  local.get $1
  i32.const 1640531535
  i32.add
  i32.store offset=12
  local.get $0
  i32.const 16
  i32.add
  i64.const 0
  i64.store
  local.get $0
  i32.const 24
  i32.add
  local.get $1
  i32.store
  local.get $0
  i32.const 28
  i32.add
  i32.const 0
  i32.store
 )
 (func $assembly/xxh32/xxh32Digest (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i64)
  local.get $0
  i32.const 16
  i32.add
  i64.load
  local.tee $3
  i32.wrap_i64
  local.get $3
  i64.const 16
  i64.ge_u
  if (result i32)
   local.get $0
   i32.load
   i32.const 1
   i32.rotl
   local.get $0
   i32.load offset=4
   i32.const 7
   i32.rotl
   i32.add
   local.get $0
   i32.load offset=8
   i32.const 12
   i32.rotl
   i32.add
   local.get $0
   i32.load offset=12
   i32.const 18
   i32.rotl
   i32.add
  else
   local.get $0
   i32.const 24
   i32.add
   i32.load
   i32.const 374761393
   i32.add
  end
  i32.add
  local.set $1
  local.get $0
  i32.const 32
  i32.add
  local.set $2
  local.get $0
  i32.const 28
  i32.add
  i32.load
  local.set $0
  loop $while-continue|0
   local.get $0
   i32.const 4
   i32.ge_u
   if
    local.get $1
    local.get $2
    i32.load
    i32.const -1028477379
    i32.mul
    i32.add
    i32.const 17
    i32.rotl
    i32.const 668265263
    i32.mul
    local.set $1
    local.get $2
    i32.const 4
    i32.add
    local.set $2
    local.get $0
    i32.const 4
    i32.sub
    local.set $0
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $0
   if
    local.get $1
    local.get $2
    i32.load8_u
    i32.const 374761393
    i32.mul
    i32.add
    i32.const 11
    i32.rotl
    i32.const -1640531535
    i32.mul
    local.set $1
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    local.get $0
    i32.const 1
    i32.sub
    local.set $0
    br $while-continue|1
   end
  end
  local.get $1
  local.get $1
  i32.const 15
  i32.shr_u
  i32.xor
  i32.const -2048144777
  i32.mul
  local.tee $0
  local.get $0
  i32.const 13
  i32.shr_u
  i32.xor
  i32.const -1028477379
  i32.mul
  local.tee $0
  local.get $0
  i32.const 16
  i32.shr_u
  i32.xor
 )
 (func $assembly/xxh3/xxh3StateSize (result i32)
  i32.const 600
 )
 (func $assembly/xxh3/xxh3Digest (param $0 i32) (param $1 i32)
  (local $2 i64)
  local.get $1
  local.get $0
  i32.const 576
  i32.add
  i64.load
  local.tee $2
  i64.const 240
  i64.le_u
  if (result i64)
   local.get $0
   i32.const 256
   i32.add
   local.get $2
   i32.wrap_i64
   local.get $0
   i32.const 584
   i32.add
   i64.load
   call $assembly/xxh3/hashShort
  else
   local.get $0
   call $assembly/xxh3/finishLong
   local.get $0
   i32.const 75
   i32.add
   local.get $2
   i64.const -7046029288634856825
   i64.mul
   call $assembly/xxh3/mergeAccs
  end
  i64.store
 )
 (func $assembly/xxh3/hashShort (param $0 i32) (param $1 i32) (param $2 i64) (result i64)
  (local $3 i64)
  (local $4 i32)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i64)
  (local $15 i64)
  (local $16 i64)
  (local $17 i64)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i64)
  (local $30 i64)
  (local $31 i64)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  (local $36 i64)
  (local $37 i64)
  (local $38 i64)
  (local $39 i64)
  (local $40 i64)
  (local $41 i64)
  (local $42 i64)
  (local $43 i64)
  (local $44 i32)
  (local $45 i32)
  local.get $1
  i32.const 16
  i32.le_u
  if
   local.get $1
   i32.const 8
   i32.gt_u
   if
    local.get $0
    i64.load
    i32.const 1176
    i64.load
    i32.const 1184
    i64.load
    i64.xor
    local.get $2
    i64.add
    i64.xor
    local.tee $5
    i64.const 4294967295
    i64.and
    local.set $6
    local.get $5
    i64.const 32
    i64.shr_u
    local.tee $7
    local.get $0
    local.get $1
    i32.add
    i32.const 8
    i32.sub
    i64.load
    i32.const 1192
    i64.load
    i32.const 1200
    i64.load
    i64.xor
    local.get $2
    i64.sub
    i64.xor
    local.tee $2
    i64.const 4294967295
    i64.and
    local.tee $3
    i64.mul
    local.set $8
    local.get $1
    i64.extend_i32_u
    local.get $5
    i64.const 8
    i64.shr_u
    i64.const 71777214294589695
    i64.and
    local.get $5
    i64.const 71777214294589695
    i64.and
    i64.const 8
    i64.shl
    i64.or
    local.tee $5
    i64.const 16
    i64.shr_u
    i64.const 281470681808895
    i64.and
    local.get $5
    i64.const 281470681808895
    i64.and
    i64.const 16
    i64.shl
    i64.or
    i64.const 32
    i64.rotr
    i64.add
    local.get $2
    i64.add
    local.get $8
    i64.const 32
    i64.shr_u
    local.get $8
    i64.const 4294967295
    i64.and
    local.get $3
    local.get $6
    i64.mul
    local.tee $3
    i64.const 32
    i64.shr_u
    i64.add
    local.get $2
    i64.const 32
    i64.shr_u
    local.tee $2
    local.get $6
    i64.mul
    i64.add
    local.tee $5
    i64.const 32
    i64.shr_u
    i64.add
    local.get $2
    local.get $7
    i64.mul
    i64.add
    local.get $3
    i64.const 4294967295
    i64.and
    local.get $5
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    local.tee $2
    local.get $2
    i64.const 37
    i64.shr_u
    i64.xor
    i64.const 1609587791953885689
    i64.mul
    local.tee $2
    local.get $2
    i64.const 32
    i64.shr_u
    i64.xor
    return
   end
   local.get $1
   i32.const 4
   i32.ge_u
   if
    local.get $0
    local.get $1
    i32.add
    i32.const 4
    i32.sub
    i64.load32_u
    local.get $0
    i64.load32_u
    i64.const 32
    i64.shl
    i64.add
    i32.const 1160
    i64.load
    i32.const 1168
    i64.load
    i64.xor
    local.get $2
    local.get $2
    i32.wrap_i64
    local.tee $0
    i32.const -16711936
    i32.and
    i32.const 8
    i32.rotl
    local.get $0
    i32.const 16711935
    i32.and
    i32.const 8
    i32.rotr
    i32.or
    i64.extend_i32_u
    i64.const 32
    i64.shl
    i64.xor
    i64.sub
    i64.xor
    local.tee $2
    local.get $2
    i64.const 49
    i64.rotl
    local.get $2
    i64.const 24
    i64.rotl
    i64.xor
    i64.xor
    i64.const -6939452855193903323
    i64.mul
    local.tee $2
    local.get $1
    i64.extend_i32_u
    local.get $2
    i64.const 35
    i64.shr_u
    i64.add
    i64.xor
    i64.const -6939452855193903323
    i64.mul
    local.tee $2
    local.get $2
    i64.const 28
    i64.shr_u
    i64.xor
    return
   end
   local.get $1
   if
    local.get $0
    local.get $1
    i32.add
    i32.const 1
    i32.sub
    i32.load8_u
    local.get $0
    i32.load8_u
    i32.const 16
    i32.shl
    local.get $0
    local.get $1
    i32.const 1
    i32.shr_u
    i32.add
    i32.load8_u
    i32.const 24
    i32.shl
    i32.or
    i32.or
    local.get $1
    i32.const 8
    i32.shl
    i32.or
    i64.extend_i32_u
    i32.const 1152
    i64.load32_u
    i32.const 1156
    i64.load32_u
    i64.xor
    local.get $2
    i64.add
    i64.xor
    local.tee $2
    local.get $2
    i64.const 33
    i64.shr_u
    i64.xor
    i64.const -4417276706812531889
    i64.mul
    local.tee $2
    local.get $2
    i64.const 29
    i64.shr_u
    i64.xor
    i64.const 1609587929392839161
    i64.mul
    local.tee $2
    local.get $2
    i64.const 32
    i64.shr_u
    i64.xor
    return
   end
   local.get $2
   i32.const 1208
   i64.load
   i32.const 1216
   i64.load
   i64.xor
   i64.xor
   local.tee $2
   local.get $2
   i64.const 33
   i64.shr_u
   i64.xor
   i64.const -4417276706812531889
   i64.mul
   local.tee $2
   local.get $2
   i64.const 29
   i64.shr_u
   i64.xor
   i64.const 1609587929392839161
   i64.mul
   local.tee $2
   local.get $2
   i64.const 32
   i64.shr_u
   i64.xor
   return
  end
  local.get $1
  i64.extend_i32_u
  i64.const -7046029288634856825
  i64.mul
  local.set $5
  local.get $1
  i32.const 128
  i32.le_u
  if
   local.get $0
   local.get $1
   i32.add
   i32.const 16
   i32.sub
   local.tee $4
   i64.load
   i32.const 1168
   i64.load
   local.get $2
   i64.add
   i64.xor
   local.tee $3
   i64.const 4294967295
   i64.and
   local.tee $6
   local.get $4
   i64.load offset=8
   i32.const 1176
   i64.load
   local.get $2
   i64.sub
   i64.xor
   local.tee $7
   i64.const 4294967295
   i64.and
   local.tee $8
   i64.mul
   local.set $34
   local.get $3
   i64.const 32
   i64.shr_u
   local.tee $35
   local.get $8
   i64.mul
   local.tee $36
   i64.const 4294967295
   i64.and
   local.get $34
   i64.const 32
   i64.shr_u
   i64.add
   local.get $7
   i64.const 32
   i64.shr_u
   local.tee $37
   local.get $6
   i64.mul
   i64.add
   local.set $38
   local.get $0
   i64.load
   i32.const 1152
   i64.load
   local.get $2
   i64.add
   i64.xor
   local.tee $3
   i64.const 4294967295
   i64.and
   local.tee $6
   local.get $0
   i64.load offset=8
   i32.const 1160
   i64.load
   local.get $2
   i64.sub
   i64.xor
   local.tee $7
   i64.const 4294967295
   i64.and
   local.tee $8
   i64.mul
   local.set $39
   local.get $3
   i64.const 32
   i64.shr_u
   local.tee $40
   local.get $8
   i64.mul
   local.tee $41
   i64.const 4294967295
   i64.and
   local.get $39
   i64.const 32
   i64.shr_u
   i64.add
   local.get $7
   i64.const 32
   i64.shr_u
   local.tee $42
   local.get $6
   i64.mul
   i64.add
   local.set $43
   local.get $1
   i32.const 32
   i32.gt_u
   if (result i64)
    local.get $0
    local.get $1
    i32.add
    i32.const 32
    i32.sub
    local.tee $4
    i64.load
    i32.const 1200
    i64.load
    local.get $2
    i64.add
    i64.xor
    local.tee $3
    i64.const 4294967295
    i64.and
    local.tee $6
    local.get $4
    i64.load offset=8
    i32.const 1208
    i64.load
    local.get $2
    i64.sub
    i64.xor
    local.tee $7
    i64.const 4294967295
    i64.and
    local.tee $8
    i64.mul
    local.set $24
    local.get $3
    i64.const 32
    i64.shr_u
    local.tee $25
    local.get $8
    i64.mul
    local.tee $26
    i64.const 4294967295
    i64.and
    local.get $24
    i64.const 32
    i64.shr_u
    i64.add
    local.get $7
    i64.const 32
    i64.shr_u
    local.tee $27
    local.get $6
    i64.mul
    i64.add
    local.set $28
    local.get $0
    i32.const 16
    i32.add
    local.tee $4
    i64.load
    i32.const 1184
    i64.load
    local.get $2
    i64.add
    i64.xor
    local.tee $3
    i64.const 4294967295
    i64.and
    local.tee $6
    local.get $4
    i64.load offset=8
    i32.const 1192
    i64.load
    local.get $2
    i64.sub
    i64.xor
    local.tee $7
    i64.const 4294967295
    i64.and
    local.tee $8
    i64.mul
    local.set $29
    local.get $3
    i64.const 32
    i64.shr_u
    local.tee $30
    local.get $8
    i64.mul
    local.tee $31
    i64.const 4294967295
    i64.and
    local.get $29
    i64.const 32
    i64.shr_u
    i64.add
    local.get $7
    i64.const 32
    i64.shr_u
    local.tee $32
    local.get $6
    i64.mul
    i64.add
    local.set $33
    local.get $1
    i32.const 64
    i32.gt_u
    if (result i64)
     local.get $0
     local.get $1
     i32.add
     i32.const 48
     i32.sub
     local.tee $4
     i64.load
     i32.const 1232
     i64.load
     local.get $2
     i64.add
     i64.xor
     local.tee $3
     i64.const 4294967295
     i64.and
     local.tee $6
     local.get $4
     i64.load offset=8
     i32.const 1240
     i64.load
     local.get $2
     i64.sub
     i64.xor
     local.tee $7
     i64.const 4294967295
     i64.and
     local.tee $8
     i64.mul
     local.set $14
     local.get $3
     i64.const 32
     i64.shr_u
     local.tee $15
     local.get $8
     i64.mul
     local.tee $16
     i64.const 4294967295
     i64.and
     local.get $14
     i64.const 32
     i64.shr_u
     i64.add
     local.get $7
     i64.const 32
     i64.shr_u
     local.tee $17
     local.get $6
     i64.mul
     i64.add
     local.set $18
     local.get $0
     i32.const 32
     i32.add
     local.tee $4
     i64.load
     i32.const 1216
     i64.load
     local.get $2
     i64.add
     i64.xor
     local.tee $3
     i64.const 4294967295
     i64.and
     local.tee $6
     local.get $4
     i64.load offset=8
     i32.const 1224
     i64.load
     local.get $2
     i64.sub
     i64.xor
     local.tee $7
     i64.const 4294967295
     i64.and
     local.tee $8
     i64.mul
     local.set $19
     local.get $3
     i64.const 32
     i64.shr_u
     local.tee $20
     local.get $8
     i64.mul
     local.tee $21
     i64.const 4294967295
     i64.and
     local.get $19
     i64.const 32
     i64.shr_u
     i64.add
     local.get $7
     i64.const 32
     i64.shr_u
     local.tee $22
     local.get $6
     i64.mul
     i64.add
     local.set $23
     local.get $1
     i32.const 96
     i32.gt_u
     if (result i64)
      local.get $0
      local.get $1
      i32.add
      i32.const -64
      i32.add
      local.tee $1
      i64.load
      i32.const 1264
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $3
      i64.const 4294967295
      i64.and
      local.tee $6
      local.get $1
      i64.load offset=8
      i32.const 1272
      i64.load
      local.get $2
      i64.sub
      i64.xor
      local.tee $7
      i64.const 4294967295
      i64.and
      local.tee $8
      i64.mul
      local.set $9
      local.get $3
      i64.const 32
      i64.shr_u
      local.tee $3
      local.get $8
      i64.mul
      local.tee $8
      i64.const 4294967295
      i64.and
      local.get $9
      i64.const 32
      i64.shr_u
      i64.add
      local.get $7
      i64.const 32
      i64.shr_u
      local.tee $7
      local.get $6
      i64.mul
      i64.add
      local.set $6
      local.get $0
      i32.const 48
      i32.add
      local.tee $0
      i64.load
      i32.const 1248
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $10
      i64.const 4294967295
      i64.and
      local.tee $11
      local.get $0
      i64.load offset=8
      i32.const 1256
      i64.load
      local.get $2
      i64.sub
      i64.xor
      local.tee $2
      i64.const 4294967295
      i64.and
      local.tee $12
      i64.mul
      local.set $13
      local.get $10
      i64.const 32
      i64.shr_u
      local.tee $10
      local.get $12
      i64.mul
      local.tee $12
      i64.const 4294967295
      i64.and
      local.get $13
      i64.const 32
      i64.shr_u
      i64.add
      local.get $2
      i64.const 32
      i64.shr_u
      local.tee $2
      local.get $11
      i64.mul
      i64.add
      local.set $11
      local.get $5
      local.get $12
      i64.const 32
      i64.shr_u
      local.get $11
      i64.const 32
      i64.shr_u
      i64.add
      local.get $2
      local.get $10
      i64.mul
      i64.add
      local.get $13
      i64.const 4294967295
      i64.and
      local.get $11
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
      local.get $8
      i64.const 32
      i64.shr_u
      local.get $6
      i64.const 32
      i64.shr_u
      i64.add
      local.get $3
      local.get $7
      i64.mul
      i64.add
      local.get $9
      i64.const 4294967295
      i64.and
      local.get $6
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
     else
      local.get $5
     end
     local.get $21
     i64.const 32
     i64.shr_u
     local.get $23
     i64.const 32
     i64.shr_u
     i64.add
     local.get $20
     local.get $22
     i64.mul
     i64.add
     local.get $19
     i64.const 4294967295
     i64.and
     local.get $23
     i64.const 32
     i64.shl
     i64.or
     i64.xor
     i64.add
     local.get $16
     i64.const 32
     i64.shr_u
     local.get $18
     i64.const 32
     i64.shr_u
     i64.add
     local.get $15
     local.get $17
     i64.mul
     i64.add
     local.get $14
     i64.const 4294967295
     i64.and
     local.get $18
     i64.const 32
     i64.shl
     i64.or
     i64.xor
     i64.add
    else
     local.get $5
    end
    local.get $31
    i64.const 32
    i64.shr_u
    local.get $33
    i64.const 32
    i64.shr_u
    i64.add
    local.get $30
    local.get $32
    i64.mul
    i64.add
    local.get $29
    i64.const 4294967295
    i64.and
    local.get $33
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    local.get $26
    i64.const 32
    i64.shr_u
    local.get $28
    i64.const 32
    i64.shr_u
    i64.add
    local.get $25
    local.get $27
    i64.mul
    i64.add
    local.get $24
    i64.const 4294967295
    i64.and
    local.get $28
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
   else
    local.get $5
   end
   local.get $41
   i64.const 32
   i64.shr_u
   local.get $43
   i64.const 32
   i64.shr_u
   i64.add
   local.get $40
   local.get $42
   i64.mul
   i64.add
   local.get $39
   i64.const 4294967295
   i64.and
   local.get $43
   i64.const 32
   i64.shl
   i64.or
   i64.xor
   i64.add
   local.get $36
   i64.const 32
   i64.shr_u
   local.get $38
   i64.const 32
   i64.shr_u
   i64.add
   local.get $35
   local.get $37
   i64.mul
   i64.add
   local.get $34
   i64.const 4294967295
   i64.and
   local.get $38
   i64.const 32
   i64.shl
   i64.or
   i64.xor
   i64.add
   local.tee $2
   local.get $2
   i64.const 37
   i64.shr_u
   i64.xor
   i64.const 1609587791953885689
   i64.mul
   local.tee $2
   local.get $2
   i64.const 32
   i64.shr_u
   i64.xor
   return
  end
  loop $for-loop|0
   local.get $4
   i32.const 8
   i32.lt_u
   if
    local.get $4
    i32.const 4
    i32.shl
    local.tee $44
    local.get $0
    i32.add
    local.tee $45
    i64.load
    local.get $44
    i32.const 1152
    i32.add
    local.tee $44
    i64.load
    local.get $2
    i64.add
    i64.xor
    local.tee $3
    i64.const 4294967295
    i64.and
    local.tee $6
    local.get $45
    i64.load offset=8
    local.get $44
    i64.load offset=8
    local.get $2
    i64.sub
    i64.xor
    local.tee $7
    i64.const 4294967295
    i64.and
    local.tee $8
    i64.mul
    local.set $9
    local.get $3
    i64.const 32
    i64.shr_u
    local.tee $3
    local.get $8
    i64.mul
    local.tee $8
    i64.const 4294967295
    i64.and
    local.get $9
    i64.const 32
    i64.shr_u
    i64.add
    local.get $7
    i64.const 32
    i64.shr_u
    local.tee $7
    local.get $6
    i64.mul
    i64.add
    local.set $6
    local.get $5
    local.get $8
    i64.const 32
    i64.shr_u
    local.get $6
    i64.const 32
    i64.shr_u
    i64.add
    local.get $3
    local.get $7
    i64.mul
    i64.add
    local.get $9
    i64.const 4294967295
    i64.and
    local.get $6
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    local.set $5
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $0
  local.get $1
  i32.add
  i32.const 16
  i32.sub
  local.tee $4
  i64.load
  i32.const 1271
  i64.load
  local.get $2
  i64.add
  i64.xor
  local.tee $3
  i64.const 4294967295
  i64.and
  local.tee $6
  local.get $4
  i64.load offset=8
  i32.const 1279
  i64.load
  local.get $2
  i64.sub
  i64.xor
  local.tee $7
  i64.const 4294967295
  i64.and
  local.tee $8
  i64.mul
  local.set $9
  local.get $3
  i64.const 32
  i64.shr_u
  local.tee $3
  local.get $8
  i64.mul
  local.tee $8
  i64.const 4294967295
  i64.and
  local.get $9
  i64.const 32
  i64.shr_u
  i64.add
  local.get $7
  i64.const 32
  i64.shr_u
  local.tee $7
  local.get $6
  i64.mul
  i64.add
  local.set $6
  local.get $8
  i64.const 32
  i64.shr_u
  local.get $6
  i64.const 32
  i64.shr_u
  i64.add
  local.get $3
  local.get $7
  i64.mul
  i64.add
  local.get $9
  i64.const 4294967295
  i64.and
  local.get $6
  i64.const 32
  i64.shl
  i64.or
  i64.xor
  local.set $3
  local.get $5
  local.get $5
  i64.const 37
  i64.shr_u
  i64.xor
  i64.const 1609587791953885689
  i64.mul
  local.tee $5
  local.get $5
  i64.const 32
  i64.shr_u
  i64.xor
  local.set $5
  local.get $1
  i32.const 4
  i32.shr_u
  local.set $1
  i32.const 8
  local.set $4
  loop $for-loop|1
   local.get $1
   local.get $4
   i32.gt_u
   if
    local.get $4
    i32.const 4
    i32.shl
    local.tee $44
    local.get $0
    i32.add
    local.tee $45
    i64.load
    local.get $44
    i32.const 1027
    i32.add
    local.tee $44
    i64.load
    local.get $2
    i64.add
    i64.xor
    local.tee $6
    i64.const 4294967295
    i64.and
    local.tee $7
    local.get $45
    i64.load offset=8
    local.get $44
    i64.load offset=8
    local.get $2
    i64.sub
    i64.xor
    local.tee $8
    i64.const 4294967295
    i64.and
    local.tee $9
    i64.mul
    local.set $10
    local.get $6
    i64.const 32
    i64.shr_u
    local.tee $6
    local.get $9
    i64.mul
    local.tee $9
    i64.const 4294967295
    i64.and
    local.get $10
    i64.const 32
    i64.shr_u
    i64.add
    local.get $8
    i64.const 32
    i64.shr_u
    local.tee $8
    local.get $7
    i64.mul
    i64.add
    local.set $7
    local.get $3
    local.get $9
    i64.const 32
    i64.shr_u
    local.get $7
    i64.const 32
    i64.shr_u
    i64.add
    local.get $6
    local.get $8
    i64.mul
    i64.add
    local.get $10
    i64.const 4294967295
    i64.and
    local.get $7
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    local.set $3
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
  local.get $3
  local.get $5
  i64.add
  local.tee $2
  local.get $2
  i64.const 37
  i64.shr_u
  i64.xor
  i64.const 1609587791953885689
  i64.mul
  local.tee $2
  local.get $2
  i64.const 32
  i64.shr_u
  i64.xor
 )
 (func $assembly/xxh128/xxh128Update (param $0 i32) (param $1 i32) (param $2 i32)
  local.get $0
  local.get $1
  local.get $2
  call $assembly/xxh3/xxh3Update
 )
 (func $assembly/xxh128/xxh128Reset (param $0 i32) (param $1 i32) (param $2 i32)
  local.get $0
  local.get $1
  local.get $2
  call $assembly/xxh3/xxh3Reset
 )
 (func $assembly/xxh128/xxh128Digest (param $0 i32) (param $1 i32)
  (local $2 i64)
  local.get $0
  i32.const 576
  i32.add
  i64.load
  local.tee $2
  i64.const 240
  i64.le_u
  if
   local.get $0
   i32.const 256
   i32.add
   local.get $2
   i32.wrap_i64
   local.get $0
   i32.const 584
   i32.add
   i64.load
   local.get $1
   call $assembly/xxh128/hashShort128
   return
  end
  local.get $0
  call $assembly/xxh3/finishLong
  local.get $1
  local.get $0
  i32.const -64
  i32.sub
  local.tee $0
  i32.const 11
  i32.add
  local.get $2
  i64.const -7046029288634856825
  i64.mul
  call $assembly/xxh3/mergeAccs
  i64.store
  local.get $1
  local.get $0
  i32.const 117
  i32.add
  local.get $2
  i64.const -4417276706812531889
  i64.mul
  i64.const -1
  i64.xor
  call $assembly/xxh3/mergeAccs
  i64.store offset=8
 )
 (func $assembly/xxh128/hashShort128 (param $0 i32) (param $1 i32) (param $2 i64) (param $3 i32)
  (local $4 i64)
  (local $5 i32)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i64)
  local.get $1
  i32.const 16
  i32.gt_u
  if (result i64)
   local.get $1
   i64.extend_i32_u
   i64.const -7046029288634856825
   i64.mul
   global.set $assembly/xxh128/accLo
   i64.const 0
   global.set $assembly/xxh128/accHi
   local.get $1
   i32.const 128
   i32.le_u
   if
    local.get $1
    i32.const 32
    i32.gt_u
    if
     local.get $1
     i32.const 64
     i32.gt_u
     if
      local.get $1
      i32.const 96
      i32.gt_u
      if
       local.get $0
       i32.const 48
       i32.add
       local.tee $5
       i64.load
       local.tee $4
       i32.const 1248
       i64.load
       local.get $2
       i64.add
       i64.xor
       local.tee $6
       i64.const 4294967295
       i64.and
       local.tee $7
       local.get $5
       i64.load offset=8
       local.tee $8
       i32.const 1256
       i64.load
       local.get $2
       i64.sub
       i64.xor
       local.tee $9
       i64.const 4294967295
       i64.and
       local.tee $10
       i64.mul
       local.set $11
       local.get $6
       i64.const 32
       i64.shr_u
       local.tee $6
       local.get $10
       i64.mul
       local.tee $10
       i64.const 4294967295
       i64.and
       local.get $11
       i64.const 32
       i64.shr_u
       i64.add
       local.get $7
       local.get $9
       i64.const 32
       i64.shr_u
       local.tee $7
       i64.mul
       i64.add
       local.set $9
       global.get $assembly/xxh128/accLo
       local.get $10
       i64.const 32
       i64.shr_u
       local.get $9
       i64.const 32
       i64.shr_u
       i64.add
       local.get $6
       local.get $7
       i64.mul
       i64.add
       local.get $11
       i64.const 4294967295
       i64.and
       local.get $9
       i64.const 32
       i64.shl
       i64.or
       i64.xor
       i64.add
       global.set $assembly/xxh128/accLo
       global.get $assembly/xxh128/accLo
       local.get $0
       local.get $1
       i32.add
       i32.const -64
       i32.add
       local.tee $5
       i64.load offset=8
       local.tee $6
       local.get $5
       i64.load
       local.tee $7
       i64.add
       i64.xor
       global.set $assembly/xxh128/accLo
       local.get $6
       i32.const 1272
       i64.load
       local.get $2
       i64.sub
       i64.xor
       local.tee $6
       i64.const 4294967295
       i64.and
       local.tee $9
       local.get $7
       i32.const 1264
       i64.load
       local.get $2
       i64.add
       i64.xor
       local.tee $7
       i64.const 4294967295
       i64.and
       local.tee $10
       i64.mul
       local.set $11
       local.get $7
       i64.const 32
       i64.shr_u
       local.tee $7
       local.get $9
       i64.mul
       local.tee $9
       i64.const 4294967295
       i64.and
       local.get $11
       i64.const 32
       i64.shr_u
       i64.add
       local.get $10
       local.get $6
       i64.const 32
       i64.shr_u
       local.tee $6
       i64.mul
       i64.add
       local.set $10
       local.get $9
       i64.const 32
       i64.shr_u
       local.get $10
       i64.const 32
       i64.shr_u
       i64.add
       local.get $6
       local.get $7
       i64.mul
       i64.add
       local.get $11
       i64.const 4294967295
       i64.and
       local.get $10
       i64.const 32
       i64.shl
       i64.or
       i64.xor
       global.set $assembly/xxh128/accHi
       global.get $assembly/xxh128/accHi
       local.get $4
       local.get $8
       i64.add
       i64.xor
       global.set $assembly/xxh128/accHi
      end
      local.get $0
      i32.const 32
      i32.add
      local.tee $5
      i64.load
      local.tee $4
      i32.const 1216
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $6
      i64.const 4294967295
      i64.and
      local.tee $7
      local.get $5
      i64.load offset=8
      local.tee $8
      i32.const 1224
      i64.load
      local.get $2
      i64.sub
      i64.xor
      local.tee $9
      i64.const 4294967295
      i64.and
      local.tee $10
      i64.mul
      local.set $11
      local.get $6
      i64.const 32
      i64.shr_u
      local.tee $6
      local.get $10
      i64.mul
      local.tee $10
      i64.const 4294967295
      i64.and
      local.get $11
      i64.const 32
      i64.shr_u
      i64.add
      local.get $7
      local.get $9
      i64.const 32
      i64.shr_u
      local.tee $7
      i64.mul
      i64.add
      local.set $9
      global.get $assembly/xxh128/accLo
      local.get $10
      i64.const 32
      i64.shr_u
      local.get $9
      i64.const 32
      i64.shr_u
      i64.add
      local.get $6
      local.get $7
      i64.mul
      i64.add
      local.get $11
      i64.const 4294967295
      i64.and
      local.get $9
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
      global.set $assembly/xxh128/accLo
      global.get $assembly/xxh128/accLo
      local.get $0
      local.get $1
      i32.add
      i32.const 48
      i32.sub
      local.tee $5
      i64.load offset=8
      local.tee $6
      local.get $5
      i64.load
      local.tee $7
      i64.add
      i64.xor
      global.set $assembly/xxh128/accLo
      local.get $6
      i32.const 1240
      i64.load
      local.get $2
      i64.sub
      i64.xor
      local.tee $6
      i64.const 4294967295
      i64.and
      local.tee $9
      local.get $7
      i32.const 1232
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $7
      i64.const 4294967295
      i64.and
      local.tee $10
      i64.mul
      local.set $11
      local.get $7
      i64.const 32
      i64.shr_u
      local.tee $7
      local.get $9
      i64.mul
      local.tee $9
      i64.const 4294967295
      i64.and
      local.get $11
      i64.const 32
      i64.shr_u
      i64.add
      local.get $10
      local.get $6
      i64.const 32
      i64.shr_u
      local.tee $6
      i64.mul
      i64.add
      local.set $10
      global.get $assembly/xxh128/accHi
      local.get $9
      i64.const 32
      i64.shr_u
      local.get $10
      i64.const 32
      i64.shr_u
      i64.add
      local.get $6
      local.get $7
      i64.mul
      i64.add
      local.get $11
      i64.const 4294967295
      i64.and
      local.get $10
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
      global.set $assembly/xxh128/accHi
      global.get $assembly/xxh128/accHi
      local.get $4
      local.get $8
      i64.add
      i64.xor
      global.set $assembly/xxh128/accHi
     end
     local.get $0
     i32.const 16
     i32.add
     local.tee $5
     i64.load
     local.tee $4
     i32.const 1184
     i64.load
     local.get $2
     i64.add
     i64.xor
     local.tee $6
     i64.const 4294967295
     i64.and
     local.tee $7
     local.get $5
     i64.load offset=8
     local.tee $8
     i32.const 1192
     i64.load
     local.get $2
     i64.sub
     i64.xor
     local.tee $9
     i64.const 4294967295
     i64.and
     local.tee $10
     i64.mul
     local.set $11
     local.get $6
     i64.const 32
     i64.shr_u
     local.tee $6
     local.get $10
     i64.mul
     local.tee $10
     i64.const 4294967295
     i64.and
     local.get $11
     i64.const 32
     i64.shr_u
     i64.add
     local.get $7
     local.get $9
     i64.const 32
     i64.shr_u
     local.tee $7
     i64.mul
     i64.add
     local.set $9
     global.get $assembly/xxh128/accLo
     local.get $10
     i64.const 32
     i64.shr_u
     local.get $9
     i64.const 32
     i64.shr_u
     i64.add
     local.get $6
     local.get $7
     i64.mul
     i64.add
     local.get $11
     i64.const 4294967295
     i64.and
     local.get $9
     i64.const 32
     i64.shl
     i64.or
     i64.xor
     i64.add
     global.set $assembly/xxh128/accLo
     global.get $assembly/xxh128/accLo
     local.get $0
     local.get $1
     i32.add
     i32.const 32
     i32.sub
     local.tee $5
     i64.load offset=8
     local.tee $6
     local.get $5
     i64.load
     local.tee $7
     i64.add
     i64.xor
     global.set $assembly/xxh128/accLo
     local.get $6
     i32.const 1208
     i64.load
     local.get $2
     i64.sub
     i64.xor
     local.tee $6
     i64.const 4294967295
     i64.and
     local.tee $9
     local.get $7
     i32.const 1200
     i64.load
     local.get $2
     i64.add
     i64.xor
     local.tee $7
     i64.const 4294967295
     i64.and
     local.tee $10
     i64.mul
     local.set $11
     local.get $7
     i64.const 32
     i64.shr_u
     local.tee $7
     local.get $9
     i64.mul
     local.tee $9
     i64.const 4294967295
     i64.and
     local.get $11
     i64.const 32
     i64.shr_u
     i64.add
     local.get $10
     local.get $6
     i64.const 32
     i64.shr_u
     local.tee $6
     i64.mul
     i64.add
     local.set $10
     global.get $assembly/xxh128/accHi
     local.get $9
     i64.const 32
     i64.shr_u
     local.get $10
     i64.const 32
     i64.shr_u
     i64.add
     local.get $6
     local.get $7
     i64.mul
     i64.add
     local.get $11
     i64.const 4294967295
     i64.and
     local.get $10
     i64.const 32
     i64.shl
     i64.or
     i64.xor
     i64.add
     global.set $assembly/xxh128/accHi
     global.get $assembly/xxh128/accHi
     local.get $4
     local.get $8
     i64.add
     i64.xor
     global.set $assembly/xxh128/accHi
    end
    local.get $0
    i64.load
    local.tee $4
    i32.const 1152
    i64.load
    local.get $2
    i64.add
    i64.xor
    local.tee $6
    i64.const 4294967295
    i64.and
    local.tee $7
    local.get $0
    i64.load offset=8
    local.tee $8
    i32.const 1160
    i64.load
    local.get $2
    i64.sub
    i64.xor
    local.tee $9
    i64.const 4294967295
    i64.and
    local.tee $10
    i64.mul
    local.set $11
    local.get $6
    i64.const 32
    i64.shr_u
    local.tee $6
    local.get $10
    i64.mul
    local.tee $10
    i64.const 4294967295
    i64.and
    local.get $11
    i64.const 32
    i64.shr_u
    i64.add
    local.get $9
    i64.const 32
    i64.shr_u
    local.tee $9
    local.get $7
    i64.mul
    i64.add
    local.set $7
    global.get $assembly/xxh128/accLo
    local.get $10
    i64.const 32
    i64.shr_u
    local.get $7
    i64.const 32
    i64.shr_u
    i64.add
    local.get $6
    local.get $9
    i64.mul
    i64.add
    local.get $11
    i64.const 4294967295
    i64.and
    local.get $7
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    global.set $assembly/xxh128/accLo
    global.get $assembly/xxh128/accLo
    local.get $0
    local.get $1
    i32.add
    i32.const 16
    i32.sub
    local.tee $0
    i64.load offset=8
    local.tee $6
    local.get $0
    i64.load
    local.tee $7
    i64.add
    i64.xor
    global.set $assembly/xxh128/accLo
    local.get $7
    i32.const 1168
    i64.load
    local.get $2
    i64.add
    i64.xor
    local.tee $7
    i64.const 4294967295
    i64.and
    local.tee $9
    local.get $6
    i32.const 1176
    i64.load
    local.get $2
    i64.sub
    i64.xor
    local.tee $6
    i64.const 4294967295
    i64.and
    local.tee $10
    i64.mul
    local.set $11
    local.get $7
    i64.const 32
    i64.shr_u
    local.tee $7
    local.get $10
    i64.mul
    local.tee $10
    i64.const 4294967295
    i64.and
    local.get $11
    i64.const 32
    i64.shr_u
    i64.add
    local.get $6
    i64.const 32
    i64.shr_u
    local.tee $6
    local.get $9
    i64.mul
    i64.add
    local.set $9
    global.get $assembly/xxh128/accHi
    local.get $10
    i64.const 32
    i64.shr_u
    local.get $9
    i64.const 32
    i64.shr_u
    i64.add
    local.get $6
    local.get $7
    i64.mul
    i64.add
    local.get $11
    i64.const 4294967295
    i64.and
    local.get $9
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    global.set $assembly/xxh128/accHi
    global.get $assembly/xxh128/accHi
    local.get $4
    local.get $8
    i64.add
    i64.xor
    global.set $assembly/xxh128/accHi
   else
    loop $for-loop|0
     local.get $5
     i32.const 4
     i32.lt_u
     if
      local.get $5
      i32.const 5
      i32.shl
      local.tee $12
      local.get $0
      i32.add
      local.tee $13
      i64.load
      local.tee $4
      local.get $12
      i32.const 1152
      i32.add
      local.tee $12
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $6
      i64.const 4294967295
      i64.and
      local.tee $7
      local.get $13
      i64.load offset=8
      local.tee $8
      local.get $12
      i64.load offset=8
      local.get $2
      i64.sub
      i64.xor
      local.tee $9
      i64.const 4294967295
      i64.and
      local.tee $10
      i64.mul
      local.set $11
      local.get $6
      i64.const 32
      i64.shr_u
      local.tee $6
      local.get $10
      i64.mul
      local.tee $10
      i64.const 4294967295
      i64.and
      local.get $11
      i64.const 32
      i64.shr_u
      i64.add
      local.get $7
      local.get $9
      i64.const 32
      i64.shr_u
      local.tee $7
      i64.mul
      i64.add
      local.set $9
      global.get $assembly/xxh128/accLo
      local.get $10
      i64.const 32
      i64.shr_u
      local.get $9
      i64.const 32
      i64.shr_u
      i64.add
      local.get $6
      local.get $7
      i64.mul
      i64.add
      local.get $11
      i64.const 4294967295
      i64.and
      local.get $9
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
      global.set $assembly/xxh128/accLo
      global.get $assembly/xxh128/accLo
      local.get $13
      i32.const 16
      i32.add
      local.tee $13
      i64.load offset=8
      local.tee $6
      local.get $13
      i64.load
      local.tee $7
      i64.add
      i64.xor
      global.set $assembly/xxh128/accLo
      local.get $7
      local.get $12
      i32.const 16
      i32.add
      local.tee $12
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $7
      i64.const 4294967295
      i64.and
      local.tee $9
      local.get $6
      local.get $12
      i64.load offset=8
      local.get $2
      i64.sub
      i64.xor
      local.tee $6
      i64.const 4294967295
      i64.and
      local.tee $10
      i64.mul
      local.set $11
      local.get $7
      i64.const 32
      i64.shr_u
      local.tee $7
      local.get $10
      i64.mul
      local.tee $10
      i64.const 4294967295
      i64.and
      local.get $11
      i64.const 32
      i64.shr_u
      i64.add
      local.get $9
      local.get $6
      i64.const 32
      i64.shr_u
      local.tee $6
      i64.mul
      i64.add
      local.set $9
      global.get $assembly/xxh128/accHi
      local.get $10
      i64.const 32
      i64.shr_u
      local.get $9
      i64.const 32
      i64.shr_u
      i64.add
      local.get $6
      local.get $7
      i64.mul
      i64.add
      local.get $11
      i64.const 4294967295
      i64.and
      local.get $9
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
      global.set $assembly/xxh128/accHi
      global.get $assembly/xxh128/accHi
      local.get $4
      local.get $8
      i64.add
      i64.xor
      global.set $assembly/xxh128/accHi
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|0
     end
    end
    global.get $assembly/xxh128/accLo
    local.tee $4
    local.get $4
    i64.const 37
    i64.shr_u
    i64.xor
    i64.const 1609587791953885689
    i64.mul
    local.tee $4
    local.get $4
    i64.const 32
    i64.shr_u
    i64.xor
    global.set $assembly/xxh128/accLo
    global.get $assembly/xxh128/accHi
    local.tee $4
    local.get $4
    i64.const 37
    i64.shr_u
    i64.xor
    i64.const 1609587791953885689
    i64.mul
    local.tee $4
    local.get $4
    i64.const 32
    i64.shr_u
    i64.xor
    global.set $assembly/xxh128/accHi
    local.get $1
    i32.const 5
    i32.shr_u
    local.set $12
    i32.const 4
    local.set $5
    loop $for-loop|1
     local.get $5
     local.get $12
     i32.lt_u
     if
      local.get $5
      i32.const 5
      i32.shl
      local.tee $13
      local.get $0
      i32.add
      local.tee $14
      i64.load
      local.tee $4
      local.get $13
      i32.const 1027
      i32.add
      local.tee $13
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $6
      i64.const 4294967295
      i64.and
      local.tee $7
      local.get $14
      i64.load offset=8
      local.tee $8
      local.get $13
      i64.load offset=8
      local.get $2
      i64.sub
      i64.xor
      local.tee $9
      i64.const 4294967295
      i64.and
      local.tee $10
      i64.mul
      local.set $11
      local.get $6
      i64.const 32
      i64.shr_u
      local.tee $6
      local.get $10
      i64.mul
      local.tee $10
      i64.const 4294967295
      i64.and
      local.get $11
      i64.const 32
      i64.shr_u
      i64.add
      local.get $7
      local.get $9
      i64.const 32
      i64.shr_u
      local.tee $7
      i64.mul
      i64.add
      local.set $9
      global.get $assembly/xxh128/accLo
      local.get $10
      i64.const 32
      i64.shr_u
      local.get $9
      i64.const 32
      i64.shr_u
      i64.add
      local.get $6
      local.get $7
      i64.mul
      i64.add
      local.get $11
      i64.const 4294967295
      i64.and
      local.get $9
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
      global.set $assembly/xxh128/accLo
      global.get $assembly/xxh128/accLo
      local.get $14
      i32.const 16
      i32.add
      local.tee $14
      i64.load offset=8
      local.tee $6
      local.get $14
      i64.load
      local.tee $7
      i64.add
      i64.xor
      global.set $assembly/xxh128/accLo
      local.get $7
      local.get $13
      i32.const 16
      i32.add
      local.tee $13
      i64.load
      local.get $2
      i64.add
      i64.xor
      local.tee $7
      i64.const 4294967295
      i64.and
      local.tee $9
      local.get $6
      local.get $13
      i64.load offset=8
      local.get $2
      i64.sub
      i64.xor
      local.tee $6
      i64.const 4294967295
      i64.and
      local.tee $10
      i64.mul
      local.set $11
      local.get $7
      i64.const 32
      i64.shr_u
      local.tee $7
      local.get $10
      i64.mul
      local.tee $10
      i64.const 4294967295
      i64.and
      local.get $11
      i64.const 32
      i64.shr_u
      i64.add
      local.get $9
      local.get $6
      i64.const 32
      i64.shr_u
      local.tee $6
      i64.mul
      i64.add
      local.set $9
      global.get $assembly/xxh128/accHi
      local.get $10
      i64.const 32
      i64.shr_u
      local.get $9
      i64.const 32
      i64.shr_u
      i64.add
      local.get $6
      local.get $7
      i64.mul
      i64.add
      local.get $11
      i64.const 4294967295
      i64.and
      local.get $9
      i64.const 32
      i64.shl
      i64.or
      i64.xor
      i64.add
      global.set $assembly/xxh128/accHi
      global.get $assembly/xxh128/accHi
      local.get $4
      local.get $8
      i64.add
      i64.xor
      global.set $assembly/xxh128/accHi
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    local.get $0
    local.get $1
    i32.add
    local.tee $0
    i32.const 16
    i32.sub
    local.tee $5
    i64.load
    local.tee $6
    i64.const 0
    local.get $2
    i64.sub
    local.tee $7
    i32.const 1255
    i64.load
    i64.add
    i64.xor
    local.tee $8
    i64.const 4294967295
    i64.and
    local.tee $9
    local.get $5
    i64.load offset=8
    local.tee $10
    i32.const 1263
    i64.load
    local.get $7
    i64.sub
    i64.xor
    local.tee $11
    i64.const 4294967295
    i64.and
    local.tee $15
    i64.mul
    local.set $4
    local.get $8
    i64.const 32
    i64.shr_u
    local.tee $8
    local.get $15
    i64.mul
    local.tee $15
    i64.const 4294967295
    i64.and
    local.get $4
    i64.const 32
    i64.shr_u
    i64.add
    local.get $11
    i64.const 32
    i64.shr_u
    local.tee $11
    local.get $9
    i64.mul
    i64.add
    local.set $9
    global.get $assembly/xxh128/accLo
    local.get $15
    i64.const 32
    i64.shr_u
    local.get $9
    i64.const 32
    i64.shr_u
    i64.add
    local.get $8
    local.get $11
    i64.mul
    i64.add
    local.get $4
    i64.const 4294967295
    i64.and
    local.get $9
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    global.set $assembly/xxh128/accLo
    global.get $assembly/xxh128/accLo
    local.get $0
    i32.const 32
    i32.sub
    local.tee $0
    i64.load offset=8
    local.tee $4
    local.get $0
    i64.load
    local.tee $8
    i64.add
    i64.xor
    global.set $assembly/xxh128/accLo
    local.get $8
    i32.const 1271
    i64.load
    local.get $7
    i64.add
    i64.xor
    local.tee $8
    i64.const 4294967295
    i64.and
    local.tee $9
    local.get $4
    i32.const 1279
    i64.load
    local.get $7
    i64.sub
    i64.xor
    local.tee $4
    i64.const 4294967295
    i64.and
    local.tee $7
    i64.mul
    local.set $11
    local.get $8
    i64.const 32
    i64.shr_u
    local.tee $8
    local.get $7
    i64.mul
    local.tee $7
    i64.const 4294967295
    i64.and
    local.get $11
    i64.const 32
    i64.shr_u
    i64.add
    local.get $4
    i64.const 32
    i64.shr_u
    local.tee $4
    local.get $9
    i64.mul
    i64.add
    local.set $9
    global.get $assembly/xxh128/accHi
    local.get $7
    i64.const 32
    i64.shr_u
    local.get $9
    i64.const 32
    i64.shr_u
    i64.add
    local.get $4
    local.get $8
    i64.mul
    i64.add
    local.get $11
    i64.const 4294967295
    i64.and
    local.get $9
    i64.const 32
    i64.shl
    i64.or
    i64.xor
    i64.add
    global.set $assembly/xxh128/accHi
    global.get $assembly/xxh128/accHi
    local.get $6
    local.get $10
    i64.add
    i64.xor
    global.set $assembly/xxh128/accHi
   end
   global.get $assembly/xxh128/accLo
   global.get $assembly/xxh128/accHi
   i64.add
   local.tee $4
   local.get $4
   i64.const 37
   i64.shr_u
   i64.xor
   i64.const 1609587791953885689
   i64.mul
   local.tee $4
   local.get $4
   i64.const 32
   i64.shr_u
   i64.xor
   local.set $4
   i64.const 0
   global.get $assembly/xxh128/accLo
   i64.const -7046029288634856825
   i64.mul
   global.get $assembly/xxh128/accHi
   i64.const -8796714831421723037
   i64.mul
   i64.add
   local.get $1
   i64.extend_i32_u
   local.get $2
   i64.sub
   i64.const -4417276706812531889
   i64.mul
   i64.add
   local.tee $2
   local.get $2
   i64.const 37
   i64.shr_u
   i64.xor
   i64.const 1609587791953885689
   i64.mul
   local.tee $2
   local.get $2
   i64.const 32
   i64.shr_u
   i64.xor
   i64.sub
  else
   local.get $1
   i32.const 8
   i32.gt_u
   if (result i64)
    i32.const 1184
    i64.load
    i32.const 1192
    i64.load
    i64.xor
    local.get $2
    i64.sub
    local.get $0
    local.get $1
    i32.add
    i32.const 8
    i32.sub
    i64.load
    local.tee $4
    local.get $0
    i64.load
    i64.xor
    i64.xor
    local.tee $6
    i64.const -7046029288634856825
    i64.mul
    local.get $1
    i32.const 1
    i32.sub
    i64.extend_i32_u
    i64.const 54
    i64.shl
    i64.add
    local.get $4
    i32.const 1200
    i64.load
    i32.const 1208
    i64.load
    i64.xor
    local.get $2
    i64.add
    i64.xor
    local.tee $2
    local.get $6
    i64.const 32
    i64.shr_u
    local.tee $4
    i64.const 2246822535
    i64.mul
    local.tee $7
    i64.const 32
    i64.shr_u
    local.get $7
    i64.const 4294967295
    i64.and
    local.get $6
    i64.const 4294967295
    i64.and
    local.tee $6
    i64.const 2246822535
    i64.mul
    i64.const 32
    i64.shr_u
    i64.add
    local.get $6
    i64.const 2654435761
    i64.mul
    i64.add
    i64.const 32
    i64.shr_u
    i64.add
    local.get $4
    i64.const 2654435761
    i64.mul
    i64.add
    i64.add
    local.get $2
    i64.const 4294967295
    i64.and
    i64.const 2246822518
    i64.mul
    i64.add
    local.tee $2
    i64.const 8
    i64.shr_u
    i64.const 71777214294589695
    i64.and
    local.get $2
    i64.const 71777214294589695
    i64.and
    i64.const 8
    i64.shl
    i64.or
    local.tee $4
    i64.const 16
    i64.shr_u
    i64.const 281470681808895
    i64.and
    local.get $4
    i64.const 281470681808895
    i64.and
    i64.const 16
    i64.shl
    i64.or
    i64.const 32
    i64.rotr
    i64.xor
    local.tee $6
    i64.const -4417276706812531889
    i64.mul
    local.tee $4
    local.get $4
    i64.const 37
    i64.shr_u
    i64.xor
    i64.const 1609587791953885689
    i64.mul
    local.tee $4
    local.get $4
    i64.const 32
    i64.shr_u
    i64.xor
    local.set $4
    local.get $6
    i64.const 32
    i64.shr_u
    local.tee $7
    i64.const 668265295
    i64.mul
    local.tee $8
    i64.const 32
    i64.shr_u
    local.get $8
    i64.const 4294967295
    i64.and
    local.get $6
    i64.const 4294967295
    i64.and
    local.tee $6
    i64.const 668265295
    i64.mul
    i64.const 32
    i64.shr_u
    i64.add
    local.get $6
    i64.const 3266489917
    i64.mul
    i64.add
    i64.const 32
    i64.shr_u
    i64.add
    local.get $7
    i64.const 3266489917
    i64.mul
    i64.add
    local.get $2
    i64.const -4417276706812531889
    i64.mul
    i64.add
    local.tee $2
    local.get $2
    i64.const 37
    i64.shr_u
    i64.xor
    i64.const 1609587791953885689
    i64.mul
    local.tee $2
    local.get $2
    i64.const 32
    i64.shr_u
    i64.xor
   else
    local.get $1
    i32.const 4
    i32.ge_u
    if (result i64)
     local.get $2
     local.get $2
     i32.wrap_i64
     local.tee $5
     i32.const -16711936
     i32.and
     i32.const 8
     i32.rotl
     local.get $5
     i32.const 16711935
     i32.and
     i32.const 8
     i32.rotr
     i32.or
     i64.extend_i32_u
     i64.const 32
     i64.shl
     i64.xor
     i32.const 1168
     i64.load
     i32.const 1176
     i64.load
     i64.xor
     i64.add
     local.get $0
     i64.load32_u
     local.get $0
     local.get $1
     i32.add
     i32.const 4
     i32.sub
     i64.load32_u
     i64.const 32
     i64.shl
     i64.add
     i64.xor
     local.tee $2
     local.get $1
     i64.extend_i32_u
     i64.const 2
     i64.shl
     i64.const 7046029288634856825
     i64.sub
     local.tee $4
     i64.mul
     local.tee $6
     local.get $4
     i64.const 4294967295
     i64.and
     local.tee $7
     local.get $2
     i64.const 32
     i64.shr_u
     local.tee $8
     i64.mul
     local.tee $9
     i64.const 32
     i64.shr_u
     local.get $9
     i64.const 4294967295
     i64.and
     local.get $7
     local.get $2
     i64.const 4294967295
     i64.and
     local.tee $2
     i64.mul
     i64.const 32
     i64.shr_u
     i64.add
     local.get $4
     i64.const 32
     i64.shr_u
     local.tee $4
     local.get $2
     i64.mul
     i64.add
     i64.const 32
     i64.shr_u
     i64.add
     local.get $4
     local.get $8
     i64.mul
     i64.add
     local.get $6
     i64.const 1
     i64.shl
     i64.add
     local.tee $2
     i64.const 3
     i64.shr_u
     i64.xor
     local.tee $4
     local.get $4
     i64.const 35
     i64.shr_u
     i64.xor
     i64.const -6939452855193903323
     i64.mul
     local.tee $4
     local.get $4
     i64.const 28
     i64.shr_u
     i64.xor
     local.set $4
     local.get $2
     local.get $2
     i64.const 37
     i64.shr_u
     i64.xor
     i64.const 1609587791953885689
     i64.mul
     local.tee $2
     local.get $2
     i64.const 32
     i64.shr_u
     i64.xor
    else
     local.get $1
     if (result i64)
      local.get $0
      local.get $1
      i32.add
      i32.const 1
      i32.sub
      i32.load8_u
      local.get $0
      i32.load8_u
      i32.const 16
      i32.shl
      local.get $0
      local.get $1
      i32.const 1
      i32.shr_u
      i32.add
      i32.load8_u
      i32.const 24
      i32.shl
      i32.or
      i32.or
      local.get $1
      i32.const 8
      i32.shl
      i32.or
      local.tee $0
      i64.extend_i32_u
      i32.const 1152
      i64.load32_u
      i32.const 1156
      i64.load32_u
      i64.xor
      local.get $2
      i64.add
      i64.xor
      local.tee $4
      local.get $4
      i64.const 33
      i64.shr_u
      i64.xor
      i64.const -4417276706812531889
      i64.mul
      local.tee $4
      local.get $4
      i64.const 29
      i64.shr_u
      i64.xor
      i64.const 1609587929392839161
      i64.mul
      local.tee $4
      local.get $4
      i64.const 32
      i64.shr_u
      i64.xor
      local.set $4
      local.get $0
      i32.const -16711936
      i32.and
      i32.const 8
      i32.rotl
      local.get $0
      i32.const 16711935
      i32.and
      i32.const 8
      i32.rotr
      i32.or
      i32.const 13
      i32.rotl
      i64.extend_i32_u
      i32.const 1160
      i64.load32_u
      i32.const 1164
      i64.load32_u
      i64.xor
      local.get $2
      i64.sub
      i64.xor
      local.tee $2
      local.get $2
      i64.const 33
      i64.shr_u
      i64.xor
      i64.const -4417276706812531889
      i64.mul
      local.tee $2
      local.get $2
      i64.const 29
      i64.shr_u
      i64.xor
      i64.const 1609587929392839161
      i64.mul
      local.tee $2
      local.get $2
      i64.const 32
      i64.shr_u
      i64.xor
     else
      i32.const 1224
      i64.load
      local.get $2
      i32.const 1216
      i64.load
      i64.xor
      i64.xor
      local.tee $4
      local.get $4
      i64.const 33
      i64.shr_u
      i64.xor
      i64.const -4417276706812531889
      i64.mul
      local.tee $4
      local.get $4
      i64.const 29
      i64.shr_u
      i64.xor
      i64.const 1609587929392839161
      i64.mul
      local.tee $4
      local.get $4
      i64.const 32
      i64.shr_u
      i64.xor
      local.set $4
      i32.const 1240
      i64.load
      local.get $2
      i32.const 1232
      i64.load
      i64.xor
      i64.xor
      local.tee $2
      local.get $2
      i64.const 33
      i64.shr_u
      i64.xor
      i64.const -4417276706812531889
      i64.mul
      local.tee $2
      local.get $2
      i64.const 29
      i64.shr_u
      i64.xor
      i64.const 1609587929392839161
      i64.mul
      local.tee $2
      local.get $2
      i64.const 32
      i64.shr_u
      i64.xor
     end
    end
   end
  end
  local.set $2
  local.get $3
  local.get $4
  i64.store
  local.get $3
  local.get $2
  i64.store offset=8
 )
 (func $assembly/tuning/setTuning (param $0 i32)
  local.get $0
  global.set $assembly/tuning/tuning
 )
 (func $assembly/transform/xorKey (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i64)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  local.get $1
  i32.eqz
  local.get $3
  i32.eqz
  i32.or
  if
   return
  end
  local.get $4
  local.get $3
  i32.rem_u
  local.set $5
  local.get $3
  i32.const 1
  i32.eq
  if
   local.get $2
   i64.load8_u
   i64.const 72340172838076673
   i64.mul
   local.set $8
   loop $while-continue|0
    local.get $1
    local.get $7
    i32.sub
    i32.const 64
    i32.ge_u
    if
     local.get $0
     local.get $7
     i32.add
     local.tee $2
     local.get $2
     v128.load align=1
     local.get $8
     i64x2.splat
     local.tee $9
     v128.xor
     v128.store align=1
     local.get $2
     local.get $2
     v128.load offset=16 align=1
     local.get $9
     v128.xor
     v128.store offset=16 align=1
     local.get $2
     local.get $2
     v128.load offset=32 align=1
     local.get $9
     v128.xor
     v128.store offset=32 align=1
     local.get $2
     local.get $2
     v128.load offset=48 align=1
     local.get $9
     v128.xor
     v128.store offset=48 align=1
     local.get $7
     i32.const -64
     i32.sub
     local.set $7
     br $while-continue|0
    end
   end
   loop $while-continue|1
    local.get $1
    local.get $7
    i32.sub
    i32.const 8
    i32.ge_u
    if
     local.get $0
     local.get $7
     i32.add
     local.tee $2
     local.get $2
     i64.load align=1
     local.get $8
     i64.xor
     i64.store align=1
     local.get $7
     i32.const 8
     i32.add
     local.set $7
     br $while-continue|1
    end
   end
   local.get $8
   i32.wrap_i64
   local.set $2
   loop $while-continue|2
    local.get $1
    local.get $7
    i32.gt_u
    if
     local.get $0
     local.get $7
     i32.add
     local.tee $3
     local.get $3
     i32.load8_u
     local.get $2
     i32.xor
     i32.store8
     local.get $7
     i32.const 1
     i32.add
     local.set $7
     br $while-continue|2
    end
   end
   return
  end
  local.get $3
  i32.const 64
  i32.le_u
  if
   local.get $1
   i32.const 64
   i32.ge_u
   if
    local.get $3
    i32.const -64
    i32.sub
    local.set $10
    i32.const 0
    local.set $4
    loop $for-loop|3
     local.get $6
     local.get $10
     i32.lt_u
     if
      local.get $6
      i32.const 1024
      i32.add
      local.get $2
      local.get $4
      i32.add
      i32.load8_u
      i32.store8
      local.get $4
      i32.const 1
      i32.add
      local.tee $4
      local.get $3
      i32.eq
      if
       i32.const 0
       local.set $4
      end
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|3
     end
    end
    i32.const 64
    local.get $3
    i32.rem_u
    local.set $4
    loop $while-continue|4
     local.get $1
     local.get $7
     i32.sub
     i32.const 64
     i32.ge_u
     if
      local.get $0
      local.get $7
      i32.add
      local.tee $6
      local.get $6
      v128.load align=1
      local.get $5
      i32.const 1024
      i32.add
      local.tee $10
      v128.load align=1
      v128.xor
      v128.store align=1
      local.get $6
      local.get $6
      v128.load offset=16 align=1
      local.get $10
      v128.load offset=16 align=1
      v128.xor
      v128.store offset=16 align=1
      local.get $6
      local.get $6
      v128.load offset=32 align=1
      local.get $10
      v128.load offset=32 align=1
      v128.xor
      v128.store offset=32 align=1
      local.get $6
      local.get $6
      v128.load offset=48 align=1
      local.get $10
      v128.load offset=48 align=1
      v128.xor
      v128.store offset=48 align=1
      local.get $7
      i32.const -64
      i32.sub
      local.set $7
      local.get $4
      local.get $5
      i32.add
      local.tee $5
      local.get $3
      i32.ge_u
      if
       local.get $5
       local.get $3
       i32.sub
       local.set $5
      end
      br $while-continue|4
     end
    end
   end
   loop $while-continue|5
    local.get $1
    local.get $7
    i32.gt_u
    if
     local.get $0
     local.get $7
     i32.add
     local.tee $4
     local.get $4
     i32.load8_u
     local.get $2
     local.get $5
     i32.add
     i32.load8_u
     i32.xor
     i32.store8
     local.get $7
     i32.const 1
     i32.add
     local.set $7
     local.get $5
     i32.const 1
     i32.add
     local.tee $5
     local.get $3
     i32.eq
     if
      i32.const 0
      local.set $5
     end
     br $while-continue|5
    end
   end
   return
  end
  loop $while-continue|6
   local.get $1
   local.get $7
   i32.gt_u
   if
    local.get $3
    local.get $5
    i32.sub
    local.tee $6
    local.get $1
    local.get $7
    i32.sub
    local.tee $4
    i32.le_u
    if
     local.get $6
     local.set $4
    end
    local.get $0
    local.get $7
    i32.add
    local.set $10
    local.get $2
    local.get $5
    i32.add
    local.set $11
    i32.const 0
    local.set $5
    loop $while-continue|01
     local.get $4
     local.get $5
     i32.sub
     i32.const 64
     i32.ge_u
     if
      local.get $5
      local.get $10
      i32.add
      local.tee $12
      local.get $12
      v128.load align=1
      local.get $5
      local.get $11
      i32.add
      local.tee $6
      v128.load align=1
      v128.xor
      v128.store align=1
      local.get $12
      local.get $12
      v128.load offset=16 align=1
      local.get $6
      v128.load offset=16 align=1
      v128.xor
      v128.store offset=16 align=1
      local.get $12
      local.get $12
      v128.load offset=32 align=1
      local.get $6
      v128.load offset=32 align=1
      v128.xor
      v128.store offset=32 align=1
      local.get $12
      local.get $12
      v128.load offset=48 align=1
      local.get $6
      v128.load offset=48 align=1
      v128.xor
      v128.store offset=48 align=1
      local.get $5
      i32.const -64
      i32.sub
      local.set $5
      br $while-continue|01
     end
    end
    loop $while-continue|13
     local.get $4
     local.get $5
     i32.sub
     i32.const 8
     i32.ge_u
     if
      local.get $5
      local.get $10
      i32.add
      local.tee $6
      local.get $6
      i64.load align=1
      local.get $5
      local.get $11
      i32.add
      i64.load align=1
      i64.xor
      i64.store align=1
      local.get $5
      i32.const 8
      i32.add
      local.set $5
      br $while-continue|13
     end
    end
    loop $while-continue|25
     local.get $4
     local.get $5
     i32.gt_u
     if
      local.get $5
      local.get $10
      i32.add
      local.tee $6
      local.get $6
      i32.load8_u
      local.get $5
      local.get $11
      i32.add
      i32.load8_u
      i32.xor
      i32.store8
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $while-continue|25
     end
    end
    local.get $4
    local.get $7
    i32.add
    local.set $7
    i32.const 0
    local.set $5
    br $while-continue|6
   end
  end
 )
 (func $assembly/transform/swap8 (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 i64)
  (local $5 v128)
  (local $6 v128)
  (local $7 i32)
  (local $8 v128)
  local.get $1
  i32.const 3
  i32.shl
  local.set $1
  loop $while-continue|0
   local.get $1
   local.get $2
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $7
    v128.load align=1
    local.set $6
    local.get $7
    v128.load offset=16 align=1
    local.set $8
    local.get $7
    v128.load offset=32 align=1
    local.set $3
    local.get $7
    v128.load offset=48 align=1
    local.set $5
    local.get $7
    local.get $6
    local.get $6
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    v128.store align=1
    local.get $7
    local.get $8
    local.get $8
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    v128.store offset=16 align=1
    local.get $7
    local.get $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    v128.store offset=32 align=1
    local.get $7
    local.get $5
    local.get $5
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    v128.store offset=48 align=1
    local.get $2
    i32.const -64
    i32.sub
    local.set $2
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $2
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $7
    v128.load align=1
    local.set $3
    local.get $7
    local.get $3
    local.get $3
    i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
    v128.store align=1
    local.get $2
    i32.const 16
    i32.add
    local.set $2
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $1
   local.get $2
   i32.gt_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $7
    i64.load align=1
    local.tee $4
    i64.const 8
    i64.shr_u
    i64.const 71777214294589695
    i64.and
    local.get $4
    i64.const 71777214294589695
    i64.and
    i64.const 8
    i64.shl
    i64.or
    local.set $4
    local.get $7
    local.get $4
    i64.const 16
    i64.shr_u
    i64.const 281470681808895
    i64.and
    local.get $4
    i64.const 281470681808895
    i64.and
    i64.const 16
    i64.shl
    i64.or
    i64.const 32
    i64.rotr
    i64.store align=1
    local.get $2
    i32.const 8
    i32.add
    local.set $2
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/swap4 (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  local.get $1
  i32.const 2
  i32.shl
  local.set $6
  loop $while-continue|0
   local.get $6
   local.get $2
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $1
    v128.load align=1
    local.set $5
    local.get $1
    v128.load offset=16 align=1
    local.set $7
    local.get $1
    v128.load offset=32 align=1
    local.set $3
    local.get $1
    v128.load offset=48 align=1
    local.set $4
    local.get $1
    local.get $5
    local.get $5
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    v128.store align=1
    local.get $1
    local.get $7
    local.get $7
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    v128.store offset=16 align=1
    local.get $1
    local.get $3
    local.get $3
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    v128.store offset=32 align=1
    local.get $1
    local.get $4
    local.get $4
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    v128.store offset=48 align=1
    local.get $2
    i32.const -64
    i32.sub
    local.set $2
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $6
   local.get $2
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $1
    v128.load align=1
    local.set $3
    local.get $1
    local.get $3
    local.get $3
    i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    v128.store align=1
    local.get $2
    i32.const 16
    i32.add
    local.set $2
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $2
   local.get $6
   i32.lt_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $1
    i32.load align=1
    local.set $8
    local.get $1
    local.get $8
    i32.const -16711936
    i32.and
    i32.const 8
    i32.rotl
    local.get $8
    i32.const 16711935
    i32.and
    i32.const 8
    i32.rotr
    i32.or
    i32.store align=1
    local.get $2
    i32.const 4
    i32.add
    local.set $2
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/swap2 (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  local.get $1
  i32.const 1
  i32.shl
  local.set $6
  loop $while-continue|0
   local.get $6
   local.get $2
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $1
    v128.load align=1
    local.set $5
    local.get $1
    v128.load offset=16 align=1
    local.set $7
    local.get $1
    v128.load offset=32 align=1
    local.set $3
    local.get $1
    v128.load offset=48 align=1
    local.set $4
    local.get $1
    local.get $5
    local.get $5
    i8x16.shuffle 1 0 3 2 5 4 7 6 9 8 11 10 13 12 15 14
    v128.store align=1
    local.get $1
    local.get $7
    local.get $7
    i8x16.shuffle 1 0 3 2 5 4 7 6 9 8 11 10 13 12 15 14
    v128.store offset=16 align=1
    local.get $1
    local.get $3
    local.get $3
    i8x16.shuffle 1 0 3 2 5 4 7 6 9 8 11 10 13 12 15 14
    v128.store offset=32 align=1
    local.get $1
    local.get $4
    local.get $4
    i8x16.shuffle 1 0 3 2 5 4 7 6 9 8 11 10 13 12 15 14
    v128.store offset=48 align=1
    local.get $2
    i32.const -64
    i32.sub
    local.set $2
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $6
   local.get $2
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $1
    v128.load align=1
    local.set $3
    local.get $1
    local.get $3
    local.get $3
    i8x16.shuffle 1 0 3 2 5 4 7 6 9 8 11 10 13 12 15 14
    v128.store align=1
    local.get $2
    i32.const 16
    i32.add
    local.set $2
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $2
   local.get $6
   i32.lt_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $1
    i32.load16_u align=1
    local.set $8
    local.get $1
    local.get $8
    i32.const 8
    i32.shl
    local.get $8
    i32.const 8
    i32.shr_u
    i32.or
    i32.store16 align=1
    local.get $2
    i32.const 2
    i32.add
    local.set $2
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/mapBytes (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  loop $while-continue|0
   local.get $1
   local.get $4
   i32.sub
   i32.const 8
   i32.ge_u
   if
    local.get $0
    local.get $4
    i32.add
    local.tee $5
    i64.load align=1
    local.set $3
    local.get $5
    local.get $2
    local.get $3
    i64.const 255
    i64.and
    i32.wrap_i64
    i32.add
    i64.load8_u
    local.get $2
    local.get $3
    i64.const 8
    i64.shr_u
    i64.const 255
    i64.and
    i32.wrap_i64
    i32.add
    i64.load8_u
    i64.const 8
    i64.shl
    i64.or
    local.get $2
    local.get $3
    i64.const 16
    i64.shr_u
    i64.const 255
    i64.and
    i32.wrap_i64
    i32.add
    i64.load8_u
    i64.const 16
    i64.shl
    i64.or
    local.get $2
    local.get $3
    i64.const 24
    i64.shr_u
    i64.const 255
    i64.and
    i32.wrap_i64
    i32.add
    i64.load8_u
    i64.const 24
    i64.shl
    i64.or
    local.get $2
    local.get $3
    i64.const 32
    i64.shr_u
    i64.const 255
    i64.and
    i32.wrap_i64
    i32.add
    i64.load8_u
    i64.const 32
    i64.shl
    i64.or
    local.get $2
    local.get $3
    i64.const 40
    i64.shr_u
    i64.const 255
    i64.and
    i32.wrap_i64
    i32.add
    i64.load8_u
    i64.const 40
    i64.shl
    i64.or
    local.get $2
    local.get $3
    i64.const 48
    i64.shr_u
    i64.const 255
    i64.and
    i32.wrap_i64
    i32.add
    i64.load8_u
    i64.const 48
    i64.shl
    i64.or
    local.get $2
    local.get $3
    i64.const 56
    i64.shr_u
    i32.wrap_i64
    i32.add
    i64.load8_u
    i64.const 56
    i64.shl
    i64.or
    i64.store align=1
    local.get $4
    i32.const 8
    i32.add
    local.set $4
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $4
   i32.gt_u
   if
    local.get $0
    local.get $4
    i32.add
    local.tee $5
    local.get $2
    local.get $5
    i32.load8_u
    i32.add
    i32.load8_u
    i32.store8
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $while-continue|1
   end
  end
 )
 (func $assembly/transform/addU8 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  local.get $2
  i8x16.splat
  local.set $4
  loop $while-continue|0
   local.get $1
   local.get $3
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    i8x16.add
    v128.store align=1
    local.get $5
    local.get $5
    v128.load offset=16 align=1
    local.get $4
    i8x16.add
    v128.store offset=16 align=1
    local.get $5
    local.get $5
    v128.load offset=32 align=1
    local.get $4
    i8x16.add
    v128.store offset=32 align=1
    local.get $5
    local.get $5
    v128.load offset=48 align=1
    local.get $4
    i8x16.add
    v128.store offset=48 align=1
    local.get $3
    i32.const -64
    i32.sub
    local.set $3
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $3
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    i8x16.add
    v128.store align=1
    local.get $3
    i32.const 16
    i32.add
    local.set $3
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $1
   local.get $3
   i32.gt_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    i32.load8_u
    local.get $2
    i32.add
    i32.store8
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/addI64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i64)
  local.get $1
  i32.const 3
  i32.shl
  local.set $1
  local.get $2
  i64.extend_i32_u
  local.get $3
  i64.extend_i32_u
  i64.const 32
  i64.shl
  i64.or
  local.tee $6
  i64x2.splat
  local.set $5
  loop $while-continue|0
   local.get $1
   local.get $4
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $4
    i32.add
    local.tee $2
    local.get $2
    v128.load align=1
    local.get $5
    i64x2.add
    v128.store align=1
    local.get $2
    local.get $2
    v128.load offset=16 align=1
    local.get $5
    i64x2.add
    v128.store offset=16 align=1
    local.get $2
    local.get $2
    v128.load offset=32 align=1
    local.get $5
    i64x2.add
    v128.store offset=32 align=1
    local.get $2
    local.get $2
    v128.load offset=48 align=1
    local.get $5
    i64x2.add
    v128.store offset=48 align=1
    local.get $4
    i32.const -64
    i32.sub
    local.set $4
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $4
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $4
    i32.add
    local.tee $2
    local.get $2
    v128.load align=1
    local.get $5
    i64x2.add
    v128.store align=1
    local.get $4
    i32.const 16
    i32.add
    local.set $4
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $1
   local.get $4
   i32.gt_u
   if
    local.get $0
    local.get $4
    i32.add
    local.tee $2
    local.get $2
    i64.load align=1
    local.get $6
    i64.add
    i64.store align=1
    local.get $4
    i32.const 8
    i32.add
    local.set $4
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/addI32 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  local.get $1
  i32.const 2
  i32.shl
  local.set $1
  local.get $2
  i32x4.splat
  local.set $4
  loop $while-continue|0
   local.get $1
   local.get $3
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    i32x4.add
    v128.store align=1
    local.get $5
    local.get $5
    v128.load offset=16 align=1
    local.get $4
    i32x4.add
    v128.store offset=16 align=1
    local.get $5
    local.get $5
    v128.load offset=32 align=1
    local.get $4
    i32x4.add
    v128.store offset=32 align=1
    local.get $5
    local.get $5
    v128.load offset=48 align=1
    local.get $4
    i32x4.add
    v128.store offset=48 align=1
    local.get $3
    i32.const -64
    i32.sub
    local.set $3
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $3
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    i32x4.add
    v128.store align=1
    local.get $3
    i32.const 16
    i32.add
    local.set $3
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $1
   local.get $3
   i32.gt_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    i32.load align=1
    local.get $2
    i32.add
    i32.store align=1
    local.get $3
    i32.const 4
    i32.add
    local.set $3
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/addI16 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  local.get $1
  i32.const 1
  i32.shl
  local.set $1
  local.get $2
  i16x8.splat
  local.set $4
  loop $while-continue|0
   local.get $1
   local.get $3
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    i16x8.add
    v128.store align=1
    local.get $5
    local.get $5
    v128.load offset=16 align=1
    local.get $4
    i16x8.add
    v128.store offset=16 align=1
    local.get $5
    local.get $5
    v128.load offset=32 align=1
    local.get $4
    i16x8.add
    v128.store offset=32 align=1
    local.get $5
    local.get $5
    v128.load offset=48 align=1
    local.get $4
    i16x8.add
    v128.store offset=48 align=1
    local.get $3
    i32.const -64
    i32.sub
    local.set $3
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $3
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    i16x8.add
    v128.store align=1
    local.get $3
    i32.const 16
    i32.add
    local.set $3
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $1
   local.get $3
   i32.gt_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    i32.load16_u align=1
    local.get $2
    i32.add
    i32.store16 align=1
    local.get $3
    i32.const 2
    i32.add
    local.set $3
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/addF64 (param $0 i32) (param $1 i32) (param $2 f64)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  local.get $1
  i32.const 3
  i32.shl
  local.set $1
  local.get $2
  f64x2.splat
  local.set $4
  loop $while-continue|0
   local.get $1
   local.get $3
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    f64x2.add
    v128.store align=1
    local.get $5
    local.get $5
    v128.load offset=16 align=1
    local.get $4
    f64x2.add
    v128.store offset=16 align=1
    local.get $5
    local.get $5
    v128.load offset=32 align=1
    local.get $4
    f64x2.add
    v128.store offset=32 align=1
    local.get $5
    local.get $5
    v128.load offset=48 align=1
    local.get $4
    f64x2.add
    v128.store offset=48 align=1
    local.get $3
    i32.const -64
    i32.sub
    local.set $3
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $3
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    f64x2.add
    v128.store align=1
    local.get $3
    i32.const 16
    i32.add
    local.set $3
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $1
   local.get $3
   i32.gt_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    f64.load align=1
    local.get $2
    f64.add
    f64.store align=1
    local.get $3
    i32.const 8
    i32.add
    local.set $3
    br $while-continue|2
   end
  end
 )
 (func $assembly/transform/addF32 (param $0 i32) (param $1 i32) (param $2 f32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  local.get $1
  i32.const 2
  i32.shl
  local.set $1
  local.get $2
  f32x4.splat
  local.set $4
  loop $while-continue|0
   local.get $1
   local.get $3
   i32.sub
   i32.const 64
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    f32x4.add
    v128.store align=1
    local.get $5
    local.get $5
    v128.load offset=16 align=1
    local.get $4
    f32x4.add
    v128.store offset=16 align=1
    local.get $5
    local.get $5
    v128.load offset=32 align=1
    local.get $4
    f32x4.add
    v128.store offset=32 align=1
    local.get $5
    local.get $5
    v128.load offset=48 align=1
    local.get $4
    f32x4.add
    v128.store offset=48 align=1
    local.get $3
    i32.const -64
    i32.sub
    local.set $3
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $1
   local.get $3
   i32.sub
   i32.const 16
   i32.ge_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    v128.load align=1
    local.get $4
    f32x4.add
    v128.store align=1
    local.get $3
    i32.const 16
    i32.add
    local.set $3
    br $while-continue|1
   end
  end
  loop $while-continue|2
   local.get $1
   local.get $3
   i32.gt_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $5
    local.get $5
    f32.load align=1
    local.get $2
    f32.add
    f32.store align=1
    local.get $3
    i32.const 4
    i32.add
    local.set $3
    br $while-continue|2
   end
  end
 )
 (func $assembly/scan/lastIndexOfBytes (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 i32)
  local.get $3
  i32.eqz
  if
   local.get $1
   return
  end
  local.get $1
  local.get $3
  i32.lt_u
  if
   i32.const -1
   return
  end
  local.get $3
  i32.const 1
  i32.eq
  if
   local.get $0
   local.get $1
   local.get $2
   i32.load8_u
   call $assembly/scan/lastIndexOfByte
   return
  end
  local.get $0
  local.set $4
  local.get $2
  i32.load8_u
  local.set $5
  local.get $2
  local.get $3
  i32.add
  i32.const 1
  i32.sub
  i32.load8_u
  local.set $9
  local.get $3
  i32.const 1
  i32.sub
  local.set $6
  block $__inlined_func$assembly/scan/searchBack$2
   local.get $1
   local.get $3
   i32.sub
   i32.const 1
   i32.add
   local.tee $0
   i32.const 16
   i32.ge_u
   if
    local.get $5
    i8x16.splat
    local.set $7
    local.get $9
    i8x16.splat
    local.set $8
    loop $while-continue|0
     local.get $0
     if
      local.get $0
      i32.const 16
      i32.ge_u
      if (result i32)
       i32.const 65535
       local.set $5
       local.get $0
       i32.const 16
       i32.sub
      else
       i32.const 1
       local.get $0
       i32.shl
       i32.const 1
       i32.sub
       local.set $5
       i32.const 0
      end
      local.tee $1
      local.get $4
      i32.add
      local.tee $0
      v128.load align=1
      local.get $7
      i8x16.eq
      local.get $0
      local.get $6
      i32.add
      v128.load align=1
      local.get $8
      i8x16.eq
      v128.and
      i8x16.bitmask
      local.get $5
      i32.and
      local.set $5
      loop $while-continue|1
       local.get $5
       if
        i32.const 31
        local.get $5
        i32.clz
        i32.sub
        local.tee $9
        local.get $1
        i32.add
        local.set $0
        local.get $3
        i32.const 2
        i32.le_u
        if (result i32)
         i32.const 1
        else
         local.get $0
         local.get $4
         i32.add
         i32.const 1
         i32.add
         local.get $2
         i32.const 1
         i32.add
         local.get $3
         i32.const 2
         i32.sub
         call $assembly/scan/memeq
        end
        br_if $__inlined_func$assembly/scan/searchBack$2
        local.get $5
        i32.const -2
        local.get $9
        i32.rotl
        i32.and
        local.set $5
        br $while-continue|1
       end
      end
      local.get $1
      local.set $0
      br $while-continue|0
     end
    end
    i32.const -1
    local.set $0
    br $__inlined_func$assembly/scan/searchBack$2
   end
   loop $while-continue|2
    local.get $0
    if
     local.get $4
     local.get $0
     i32.const 1
     i32.sub
     local.tee $0
     i32.add
     local.tee $1
     i32.load8_u
     local.get $5
     i32.eq
     if (result i32)
      local.get $1
      local.get $6
      i32.add
      i32.load8_u
      local.get $9
      i32.eq
     else
      i32.const 0
     end
     if (result i32)
      local.get $3
      i32.const 2
      i32.le_u
      if (result i32)
       i32.const 1
      else
       local.get $0
       local.get $4
       i32.add
       i32.const 1
       i32.add
       local.get $2
       i32.const 1
       i32.add
       local.get $3
       i32.const 2
       i32.sub
       call $assembly/scan/memeq
      end
     else
      i32.const 0
     end
     br_if $__inlined_func$assembly/scan/searchBack$2
     br $while-continue|2
    end
   end
   i32.const -1
   local.set $0
  end
  local.get $0
 )
 (func $assembly/scan/indexOfBytes (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (result i32)
  local.get $3
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $1
  local.get $3
  i32.lt_u
  if
   i32.const -1
   return
  end
  local.get $3
  i32.const 1
  i32.eq
  if
   local.get $0
   local.get $1
   local.get $2
   i32.load8_u
   call $assembly/scan/indexOfByte
   return
  end
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  i32.const 0
  i32.const 0
  i32.const 0
  call $assembly/scan/search
 )
 (func $assembly/scan/findAllByte (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i64)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  local.get $1
  i32.const 16
  i32.ge_u
  if
   local.get $2
   i8x16.splat
   local.set $7
   loop $while-continue|0
    local.get $1
    local.get $5
    i32.sub
    i32.const 64
    i32.ge_u
    if
     local.get $0
     local.get $5
     i32.add
     local.tee $2
     v128.load align=1
     local.get $7
     i8x16.eq
     local.tee $9
     local.get $2
     v128.load offset=16 align=1
     local.get $7
     i8x16.eq
     local.tee $10
     v128.or
     local.get $2
     v128.load offset=32 align=1
     local.get $7
     i8x16.eq
     local.tee $11
     local.get $2
     v128.load offset=48 align=1
     local.get $7
     i8x16.eq
     local.tee $12
     v128.or
     v128.or
     v128.any_true
     if (result i64)
      local.get $9
      i8x16.bitmask
      i64.extend_i32_u
      local.get $10
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 16
      i64.shl
      i64.or
      local.get $11
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 32
      i64.shl
      i64.or
      local.get $12
      i8x16.bitmask
      i64.extend_i32_u
      i64.const 48
      i64.shl
      i64.or
     else
      i64.const 0
     end
     local.tee $8
     i64.const 0
     i64.ne
     if
      loop $do-loop|1
       local.get $3
       local.get $6
       i32.const 2
       i32.shl
       i32.add
       local.get $5
       local.get $8
       i64.ctz
       i32.wrap_i64
       i32.add
       i32.store align=1
       local.get $6
       i32.const 1
       i32.add
       local.tee $6
       local.get $4
       i32.eq
       if
        local.get $6
        return
       end
       local.get $8
       local.get $8
       i64.const 1
       i64.sub
       i64.and
       local.tee $8
       i64.const 0
       i64.ne
       br_if $do-loop|1
      end
     end
     local.get $5
     i32.const -64
     i32.sub
     local.set $5
     br $while-continue|0
    end
   end
   loop $while-continue|2
    local.get $1
    local.get $5
    i32.gt_u
    if
     local.get $1
     local.get $5
     local.tee $2
     i32.sub
     i32.const 16
     i32.ge_u
     if (result i32)
      i32.const 65535
     else
      i32.const 65535
      local.get $2
      local.get $1
      i32.const 16
      i32.sub
      local.tee $2
      i32.sub
      i32.shl
     end
     local.get $0
     local.get $2
     i32.add
     v128.load align=1
     local.get $7
     i8x16.eq
     i8x16.bitmask
     i32.and
     local.set $5
     loop $while-continue|3
      local.get $5
      if
       local.get $3
       local.get $6
       i32.const 2
       i32.shl
       i32.add
       local.get $2
       local.get $5
       i32.ctz
       i32.add
       i32.store align=1
       local.get $6
       i32.const 1
       i32.add
       local.tee $6
       local.get $4
       i32.eq
       if
        local.get $6
        return
       end
       local.get $5
       local.get $5
       i32.const 1
       i32.sub
       i32.and
       local.set $5
       br $while-continue|3
      end
     end
     local.get $2
     i32.const 16
     i32.add
     local.set $5
     br $while-continue|2
    end
   end
   local.get $6
   return
  end
  local.get $2
  i32.const 255
  i32.and
  local.set $2
  loop $while-continue|4
   local.get $1
   local.get $5
   i32.gt_u
   if
    local.get $0
    local.get $5
    i32.add
    i32.load8_u
    local.get $2
    i32.eq
    if
     local.get $3
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     local.get $5
     i32.store align=1
     local.get $6
     i32.const 1
     i32.add
     local.tee $6
     local.get $4
     i32.eq
     if
      local.get $6
      return
     end
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $while-continue|4
   end
  end
  local.get $6
 )
 (func $assembly/scan/findAll (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (result i32)
  local.get $3
  i32.eqz
  local.get $5
  i32.eqz
  i32.or
  local.get $1
  local.get $3
  i32.lt_u
  i32.or
  if
   i32.const 0
   return
  end
  local.get $3
  i32.const 1
  i32.eq
  if
   local.get $0
   local.get $1
   local.get $2
   i32.load8_u
   local.get $4
   local.get $5
   call $assembly/scan/findAllByte
   return
  end
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  local.get $5
  i32.const 1
  call $assembly/scan/search
 )
 (func $assembly/scan/count (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  local.get $2
  i8x16.splat
  local.set $5
  local.get $1
  i32.const 64
  i32.ge_u
  if (result i32)
   loop $while-continue|0
    local.get $1
    local.get $4
    i32.sub
    local.tee $3
    i32.const 64
    i32.ge_u
    if
     local.get $4
     local.get $3
     i32.const 6
     i32.shr_u
     local.tee $3
     i32.const 255
     i32.gt_u
     if (result i32)
      i32.const 255
     else
      local.get $3
     end
     i32.const 6
     i32.shl
     i32.add
     local.set $11
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $7
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $8
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $9
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $10
     loop $do-loop|1
      local.get $7
      local.get $0
      local.get $4
      i32.add
      local.tee $3
      v128.load align=1
      local.get $5
      i8x16.eq
      i8x16.sub
      local.set $7
      local.get $8
      local.get $3
      v128.load offset=16 align=1
      local.get $5
      i8x16.eq
      i8x16.sub
      local.set $8
      local.get $9
      local.get $3
      v128.load offset=32 align=1
      local.get $5
      i8x16.eq
      i8x16.sub
      local.set $9
      local.get $10
      local.get $3
      v128.load offset=48 align=1
      local.get $5
      i8x16.eq
      i8x16.sub
      local.set $10
      local.get $11
      local.get $4
      i32.const -64
      i32.sub
      local.tee $4
      i32.gt_u
      br_if $do-loop|1
     end
     local.get $6
     local.get $7
     i16x8.extadd_pairwise_i8x16_u
     local.get $8
     i16x8.extadd_pairwise_i8x16_u
     i16x8.add
     local.get $9
     i16x8.extadd_pairwise_i8x16_u
     local.get $10
     i16x8.extadd_pairwise_i8x16_u
     i16x8.add
     i16x8.add
     i32x4.extadd_pairwise_i16x8_u
     i32x4.add
     local.set $6
     br $while-continue|0
    end
   end
   local.get $6
   i32x4.extract_lane 0
   local.get $6
   i32x4.extract_lane 1
   i32.add
   local.get $6
   i32x4.extract_lane 2
   i32.add
   local.get $6
   i32x4.extract_lane 3
   i32.add
  else
   i32.const 0
  end
  local.set $3
  local.get $1
  i32.const 16
  i32.ge_u
  if
   loop $while-continue|2
    local.get $1
    local.get $4
    i32.sub
    i32.const 16
    i32.ge_u
    if
     local.get $3
     local.get $0
     local.get $4
     i32.add
     v128.load align=1
     local.get $5
     i8x16.eq
     i8x16.bitmask
     i32.popcnt
     i32.add
     local.set $3
     local.get $4
     i32.const 16
     i32.add
     local.set $4
     br $while-continue|2
    end
   end
   local.get $1
   local.get $4
   i32.sub
   local.tee $2
   if (result i32)
    local.get $3
    local.get $0
    local.get $1
    i32.add
    i32.const 16
    i32.sub
    v128.load align=1
    local.get $5
    i8x16.eq
    i8x16.bitmask
    i32.const 16
    local.get $2
    i32.sub
    i32.shr_u
    i32.popcnt
    i32.add
   else
    local.get $3
   end
   return
  end
  local.get $2
  i32.const 255
  i32.and
  local.set $2
  loop $while-continue|3
   local.get $1
   local.get $4
   i32.gt_u
   if
    local.get $3
    local.get $0
    local.get $4
    i32.add
    i32.load8_u
    local.get $2
    i32.eq
    i32.add
    local.set $3
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $while-continue|3
   end
  end
  local.get $3
 )
 (func $assembly/info/reservedBytes (result i32)
  i32.const 262144
 )
 (func $assembly/info/load8 (param $0 i32) (result i32)
  local.get $0
  i32.load8_u
 )
 (func $assembly/info/init
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  i32.const 65536
  i32.const -306674912
  call $assembly/crc32/buildTables
  i32.const 81920
  i32.const -2097792136
  call $assembly/crc32/buildTables
  i32.const 1073741824
  local.set $0
  i32.const 98304
  i32.const 1073741824
  i32.store
  i32.const 1
  local.set $4
  loop $for-loop|0
   local.get $4
   i32.const 64
   i32.lt_u
   if
    i32.const 0
    local.set $1
    local.get $0
    local.set $2
    i32.const -2147483648
    local.set $3
    loop $for-loop|00
     local.get $3
     if
      block $for-break0
       local.get $0
       local.get $3
       i32.and
       if
        local.get $1
        local.get $2
        i32.xor
        local.set $1
        local.get $0
        local.get $3
        i32.const 1
        i32.sub
        i32.and
        i32.eqz
        br_if $for-break0
       end
       local.get $2
       i32.const 1
       i32.shr_u
       local.tee $5
       i32.const -306674912
       i32.xor
       local.get $5
       local.get $2
       i32.const 1
       i32.and
       select
       local.set $2
       local.get $3
       i32.const 1
       i32.shr_u
       local.set $3
       br $for-loop|00
      end
     end
    end
    local.get $4
    i32.const 2
    i32.shl
    i32.const 98304
    i32.add
    local.get $1
    local.tee $0
    i32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  i32.const 1073741824
  local.set $0
  i32.const 98560
  i32.const 1073741824
  i32.store
  i32.const 1
  local.set $4
  loop $for-loop|01
   local.get $4
   i32.const 64
   i32.lt_u
   if
    i32.const 0
    local.set $1
    local.get $0
    local.set $2
    i32.const -2147483648
    local.set $3
    loop $for-loop|002
     local.get $3
     if
      block $for-break03
       local.get $0
       local.get $3
       i32.and
       if
        local.get $1
        local.get $2
        i32.xor
        local.set $1
        local.get $0
        local.get $3
        i32.const 1
        i32.sub
        i32.and
        i32.eqz
        br_if $for-break03
       end
       local.get $2
       i32.const 1
       i32.shr_u
       local.tee $5
       i32.const -2097792136
       i32.xor
       local.get $5
       local.get $2
       i32.const 1
       i32.and
       select
       local.set $2
       local.get $3
       i32.const 1
       i32.shr_u
       local.set $3
       br $for-loop|002
      end
     end
    end
    local.get $4
    i32.const 2
    i32.shl
    i32.const 98560
    i32.add
    local.get $1
    local.tee $0
    i32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|01
   end
  end
 )
 (func $assembly/info/dataEnd (result i32)
  i32.const 1488
 )
 (func $assembly/crc32/crc32cUpdate (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i64)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 i64)
  (local $10 i64)
  (local $11 v128)
  (local $12 i64)
  (local $13 i64)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  block $assembly/crc32/update|inlined.0 (result i32)
   local.get $2
   i32.const 4096
   i32.ge_u
   if
    local.get $1
    local.get $2
    i32.add
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0xffffffff 0x00000000
    local.get $0
    i32.const -1
    i32.xor
    i64.extend_i32_u
    i64x2.replace_lane 0
    local.set $11
    local.get $2
    i32.const 1
    i32.shr_u
    i32.const -16
    i32.and
    local.get $1
    i32.add
    local.tee $15
    local.tee $0
    i32.const 72
    i32.sub
    local.set $2
    loop $while-continue|0
     local.get $1
     local.get $2
     i32.le_u
     if
      local.get $5
      local.get $1
      v128.load
      local.tee $5
      local.get $0
      v128.load
      local.tee $17
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.get $11
      v128.xor
      local.tee $16
      i32.const 26
      i64x2.shl
      local.get $16
      i32.const 49
      i64x2.shl
      v128.xor
      local.get $16
      i32.const 55
      i64x2.shl
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      local.set $11
      local.get $8
      local.get $16
      i32.const 38
      i64x2.shr_u
      local.get $16
      i32.const 15
      i64x2.shr_u
      v128.xor
      local.get $16
      i32.const 9
      i64x2.shr_u
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      local.get $5
      local.get $17
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      local.get $7
      v128.xor
      local.tee $17
      i32.const 26
      i64x2.shl
      local.get $17
      i32.const 49
      i64x2.shl
      v128.xor
      local.get $17
      i32.const 55
      i64x2.shl
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      local.set $7
      local.get $6
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $16
      i32.const 2
      i64x2.shl
      v128.xor
      v128.xor
      local.get $16
      i32.const 34
      i64x2.shl
      v128.xor
      v128.xor
      local.get $17
      i32.const 38
      i64x2.shr_u
      local.get $17
      i32.const 15
      i64x2.shr_u
      v128.xor
      local.get $17
      i32.const 9
      i64x2.shr_u
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      local.set $5
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $16
      i32.const 62
      i64x2.shr_u
      v128.xor
      v128.xor
      local.get $16
      i32.const 30
      i64x2.shr_u
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $17
      i32.const 2
      i64x2.shl
      v128.xor
      v128.xor
      local.get $17
      i32.const 34
      i64x2.shl
      v128.xor
      v128.xor
      local.set $8
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $17
      i32.const 62
      i64x2.shr_u
      v128.xor
      v128.xor
      local.get $17
      i32.const 30
      i64x2.shr_u
      v128.xor
      local.set $6
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      local.get $0
      i32.const 16
      i32.add
      local.set $0
      br $while-continue|0
     end
    end
    local.get $0
    i64.load
    local.get $11
    i64x2.extract_lane 1
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.set $2
    local.get $0
    i64.load offset=8
    local.get $7
    i64x2.extract_lane 1
    i64.xor
    local.tee $9
    i32.wrap_i64
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $0
    i64.load offset=16
    local.get $5
    i64x2.extract_lane 1
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.get $9
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $0
    i64.load offset=24
    local.get $8
    i64x2.extract_lane 1
    i64.xor
    local.tee $9
    i32.wrap_i64
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $0
    i64.load offset=32
    local.get $6
    i64x2.extract_lane 1
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.get $9
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.get $1
    i64.load
    local.get $11
    i64x2.extract_lane 0
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.set $3
    local.get $1
    i64.load offset=8
    local.get $7
    i64x2.extract_lane 0
    i64.xor
    local.tee $9
    i32.wrap_i64
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $3
    local.get $1
    i64.load offset=16
    local.get $5
    i64x2.extract_lane 0
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.get $9
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $3
    local.get $1
    i64.load offset=24
    local.get $8
    i64x2.extract_lane 0
    i64.xor
    local.tee $9
    i32.wrap_i64
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $3
    local.get $1
    i64.load offset=32
    local.get $6
    i64x2.extract_lane 0
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.get $9
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $3
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $3
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $3
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $3
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $3
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $3
    local.get $1
    i32.const 40
    i32.add
    local.set $1
    loop $while-continue|1
     local.get $15
     local.get $1
     i32.sub
     i32.const 16
     i32.ge_u
     if
      local.get $1
      i32.load offset=12
      local.tee $18
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 81920
      i32.add
      i32.load
      local.get $18
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 82944
      i32.add
      i32.load
      local.get $18
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 83968
      i32.add
      i32.load
      local.get $18
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 84992
      i32.add
      i32.load
      local.get $1
      i32.load offset=8
      local.tee $18
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 86016
      i32.add
      i32.load
      local.get $18
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 87040
      i32.add
      i32.load
      local.get $18
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 88064
      i32.add
      i32.load
      local.get $18
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 89088
      i32.add
      i32.load
      local.get $1
      i32.load offset=4
      local.tee $18
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 90112
      i32.add
      i32.load
      local.get $18
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 91136
      i32.add
      i32.load
      local.get $18
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 92160
      i32.add
      i32.load
      local.get $18
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 93184
      i32.add
      i32.load
      local.get $1
      i32.load
      local.get $3
      i32.xor
      local.tee $3
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 94208
      i32.add
      i32.load
      local.get $3
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 95232
      i32.add
      i32.load
      local.get $3
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 97280
      i32.add
      i32.load
      local.get $3
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 96256
      i32.add
      i32.load
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      local.set $3
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      br $while-continue|1
     end
    end
    loop $while-continue|2
     local.get $1
     local.get $15
     i32.lt_u
     if
      local.get $3
      local.get $1
      i32.load8_u
      i32.xor
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 81920
      i32.add
      i32.load
      local.get $3
      i32.const 8
      i32.shr_u
      i32.xor
      local.set $3
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $while-continue|2
     end
    end
    local.get $3
    i32.const -1
    i32.xor
    local.set $18
    local.set $1
    local.get $0
    i32.const 40
    i32.add
    local.set $3
    loop $while-continue|3
     local.get $14
     local.get $3
     i32.sub
     i32.const 16
     i32.ge_u
     if
      local.get $3
      i32.load offset=12
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 81920
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 82944
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 83968
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 84992
      i32.add
      i32.load
      local.get $3
      i32.load offset=8
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 86016
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 87040
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 88064
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 89088
      i32.add
      i32.load
      local.get $3
      i32.load offset=4
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 90112
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 91136
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 92160
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 93184
      i32.add
      i32.load
      local.get $3
      i32.load
      local.get $1
      i32.xor
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 94208
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 95232
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 97280
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 96256
      i32.add
      i32.load
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      local.set $1
      local.get $3
      i32.const 16
      i32.add
      local.set $3
      br $while-continue|3
     end
    end
    loop $while-continue|4
     local.get $3
     local.get $14
     i32.lt_u
     if
      local.get $1
      local.get $3
      i32.load8_u
      i32.xor
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 81920
      i32.add
      i32.load
      local.get $1
      i32.const 8
      i32.shr_u
      i32.xor
      local.set $1
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $while-continue|4
     end
    end
    i32.const -2097792136
    i32.const 98560
    local.get $18
    local.get $1
    i32.const -1
    i32.xor
    local.get $14
    local.get $15
    i32.sub
    call $assembly/crc32/combine
    br $assembly/crc32/update|inlined.0
   end
   local.get $0
   i32.const -1
   i32.xor
   local.set $0
   local.get $1
   local.get $2
   i32.add
   local.set $3
   local.get $2
   i32.const 256
   i32.ge_u
   if
    local.get $0
    i64.extend_i32_u
    local.set $10
    loop $while-continue|5
     local.get $3
     local.get $1
     i32.sub
     i32.const 72
     i32.ge_u
     if
      local.get $1
      i64.load
      local.get $10
      i64.xor
      local.tee $19
      i64.const 55
      i64.shl
      local.get $19
      i64.const 26
      i64.shl
      local.get $19
      i64.const 49
      i64.shl
      i64.xor
      i64.xor
      local.get $4
      i64.xor
      local.set $4
      local.get $1
      i64.load offset=24
      local.get $1
      i64.load offset=8
      local.get $9
      i64.xor
      local.tee $20
      i64.const 55
      i64.shl
      local.get $20
      i64.const 26
      i64.shl
      local.get $20
      i64.const 49
      i64.shl
      i64.xor
      i64.xor
      local.get $19
      i64.const 38
      i64.shr_u
      local.get $19
      i64.const 15
      i64.shr_u
      i64.xor
      local.get $19
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $12
      i64.xor
      i64.xor
      i64.xor
      local.set $21
      local.get $1
      i64.load offset=16
      local.get $4
      i64.xor
      local.tee $12
      i64.const 55
      i64.shl
      local.get $12
      i64.const 26
      i64.shl
      local.get $12
      i64.const 49
      i64.shl
      i64.xor
      i64.xor
      local.get $20
      i64.const 38
      i64.shr_u
      local.get $20
      i64.const 15
      i64.shr_u
      i64.xor
      local.get $20
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $19
      i64.const 34
      i64.shl
      local.get $19
      i64.const 2
      i64.shl
      i64.xor
      local.get $13
      i64.xor
      i64.xor
      i64.xor
      local.set $10
      local.get $21
      i64.const 26
      i64.shl
      local.get $21
      i64.const 49
      i64.shl
      i64.xor
      local.get $21
      i64.const 55
      i64.shl
      i64.xor
      local.get $12
      i64.const 38
      i64.shr_u
      local.get $12
      i64.const 15
      i64.shr_u
      i64.xor
      local.get $12
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $20
      i64.const 34
      i64.shl
      local.get $20
      i64.const 2
      i64.shl
      i64.xor
      local.get $19
      i64.const 30
      i64.shr_u
      local.get $19
      i64.const 62
      i64.shr_u
      i64.xor
      i64.xor
      i64.xor
      i64.xor
      local.set $9
      local.get $21
      i64.const 38
      i64.shr_u
      local.get $21
      i64.const 15
      i64.shr_u
      i64.xor
      local.get $21
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $12
      i64.const 34
      i64.shl
      local.get $12
      i64.const 2
      i64.shl
      i64.xor
      local.get $20
      i64.const 30
      i64.shr_u
      local.get $20
      i64.const 62
      i64.shr_u
      i64.xor
      i64.xor
      i64.xor
      local.set $4
      local.get $21
      i64.const 34
      i64.shl
      local.get $21
      i64.const 2
      i64.shl
      i64.xor
      local.get $12
      i64.const 30
      i64.shr_u
      local.get $12
      i64.const 62
      i64.shr_u
      i64.xor
      i64.xor
      local.set $12
      local.get $21
      i64.const 30
      i64.shr_u
      local.get $21
      i64.const 62
      i64.shr_u
      i64.xor
      local.set $13
      local.get $1
      i32.const 32
      i32.add
      local.set $1
      br $while-continue|5
     end
    end
    local.get $1
    i64.load
    local.get $10
    i64.xor
    local.tee $10
    i32.wrap_i64
    local.set $0
    local.get $1
    i64.load offset=8
    local.get $9
    i64.xor
    local.tee $9
    i32.wrap_i64
    local.get $10
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i64.load offset=16
    local.get $4
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.get $9
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i64.load offset=24
    local.get $12
    i64.xor
    local.tee $9
    i32.wrap_i64
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i64.load offset=32
    local.get $13
    i64.xor
    local.tee $4
    i32.wrap_i64
    local.get $9
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i32.const 40
    i32.add
    local.set $1
    local.get $4
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 81920
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 82944
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 83968
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 84992
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 86016
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 87040
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 89088
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 88064
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
   end
   loop $while-continue|6
    local.get $3
    local.get $1
    i32.sub
    i32.const 16
    i32.ge_u
    if
     local.get $1
     i32.load offset=12
     local.tee $2
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 81920
     i32.add
     i32.load
     local.get $2
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 82944
     i32.add
     i32.load
     local.get $2
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 83968
     i32.add
     i32.load
     local.get $2
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 84992
     i32.add
     i32.load
     local.get $1
     i32.load offset=8
     local.tee $2
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 86016
     i32.add
     i32.load
     local.get $2
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 87040
     i32.add
     i32.load
     local.get $2
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 88064
     i32.add
     i32.load
     local.get $2
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 89088
     i32.add
     i32.load
     local.get $1
     i32.load offset=4
     local.tee $2
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 90112
     i32.add
     i32.load
     local.get $2
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 91136
     i32.add
     i32.load
     local.get $2
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 92160
     i32.add
     i32.load
     local.get $2
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 93184
     i32.add
     i32.load
     local.get $1
     i32.load
     local.get $0
     i32.xor
     local.tee $0
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 94208
     i32.add
     i32.load
     local.get $0
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 95232
     i32.add
     i32.load
     local.get $0
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 97280
     i32.add
     i32.load
     local.get $0
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 96256
     i32.add
     i32.load
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     local.set $0
     local.get $1
     i32.const 16
     i32.add
     local.set $1
     br $while-continue|6
    end
   end
   loop $while-continue|7
    local.get $1
    local.get $3
    i32.lt_u
    if
     local.get $0
     local.get $1
     i32.load8_u
     i32.xor
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 81920
     i32.add
     i32.load
     local.get $0
     i32.const 8
     i32.shr_u
     i32.xor
     local.set $0
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $while-continue|7
    end
   end
   local.get $0
   i32.const -1
   i32.xor
  end
 )
 (func $assembly/crc32/crc32Update (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i64)
  (local $6 i64)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 i64)
  (local $12 i64)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  block $assembly/crc32/update|inlined.1 (result i32)
   local.get $2
   i32.const 4096
   i32.ge_u
   if
    local.get $1
    local.get $2
    i32.add
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0xffffffff 0x00000000
    local.get $0
    i32.const -1
    i32.xor
    i64.extend_i32_u
    i64x2.replace_lane 0
    local.set $13
    local.get $2
    i32.const 1
    i32.shr_u
    i32.const -16
    i32.and
    local.get $1
    i32.add
    local.tee $15
    local.tee $0
    i32.const 72
    i32.sub
    local.set $2
    loop $while-continue|0
     local.get $1
     local.get $2
     i32.le_u
     if
      local.get $7
      local.get $1
      v128.load
      local.tee $7
      local.get $0
      v128.load
      local.tee $17
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.get $13
      v128.xor
      local.tee $16
      i32.const 17
      i64x2.shl
      local.get $16
      i32.const 55
      i64x2.shl
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      local.set $13
      local.get $8
      local.get $16
      i32.const 47
      i64x2.shr_u
      local.get $16
      i32.const 9
      i64x2.shr_u
      v128.xor
      local.get $16
      i32.const 19
      i64x2.shl
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      v128.xor
      local.get $7
      local.get $17
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      local.get $9
      v128.xor
      local.tee $17
      i32.const 17
      i64x2.shl
      local.get $17
      i32.const 55
      i64x2.shl
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      local.set $9
      local.get $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $16
      i32.const 45
      i64x2.shr_u
      local.get $16
      i32.const 44
      i64x2.shl
      v128.xor
      v128.xor
      v128.xor
      local.get $17
      i32.const 47
      i64x2.shr_u
      local.get $17
      i32.const 9
      i64x2.shr_u
      v128.xor
      local.get $17
      i32.const 19
      i64x2.shl
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.xor
      v128.xor
      v128.xor
      local.set $7
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $16
      i32.const 20
      i64x2.shr_u
      v128.xor
      v128.xor
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $17
      i32.const 45
      i64x2.shr_u
      local.get $17
      i32.const 44
      i64x2.shl
      v128.xor
      v128.xor
      v128.xor
      local.set $8
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $17
      i32.const 20
      i64x2.shr_u
      v128.xor
      v128.xor
      local.set $10
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      local.get $0
      i32.const 16
      i32.add
      local.set $0
      br $while-continue|0
     end
    end
    local.get $0
    i64.load
    local.get $13
    i64x2.extract_lane 1
    i64.xor
    local.tee $3
    i32.wrap_i64
    local.set $2
    local.get $0
    i64.load offset=8
    local.get $9
    i64x2.extract_lane 1
    i64.xor
    local.tee $5
    i32.wrap_i64
    local.get $3
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $0
    i64.load offset=16
    local.get $7
    i64x2.extract_lane 1
    i64.xor
    local.tee $3
    i32.wrap_i64
    local.get $5
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $0
    i64.load offset=24
    local.get $8
    i64x2.extract_lane 1
    i64.xor
    local.tee $5
    i32.wrap_i64
    local.get $3
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $0
    i64.load offset=32
    local.get $10
    i64x2.extract_lane 1
    i64.xor
    local.tee $3
    i32.wrap_i64
    local.get $5
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $2
    local.get $3
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.get $1
    i64.load
    local.get $13
    i64x2.extract_lane 0
    i64.xor
    local.tee $3
    i32.wrap_i64
    local.set $4
    local.get $1
    i64.load offset=8
    local.get $9
    i64x2.extract_lane 0
    i64.xor
    local.tee $5
    i32.wrap_i64
    local.get $3
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $4
    local.get $1
    i64.load offset=16
    local.get $7
    i64x2.extract_lane 0
    i64.xor
    local.tee $3
    i32.wrap_i64
    local.get $5
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $4
    local.get $1
    i64.load offset=24
    local.get $8
    i64x2.extract_lane 0
    i64.xor
    local.tee $5
    i32.wrap_i64
    local.get $3
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $4
    local.get $1
    i64.load offset=32
    local.get $10
    i64x2.extract_lane 0
    i64.xor
    local.tee $3
    i32.wrap_i64
    local.get $5
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $4
    local.get $3
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $4
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $4
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $4
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $4
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $4
    local.get $1
    i32.const 40
    i32.add
    local.set $1
    loop $while-continue|1
     local.get $15
     local.get $1
     i32.sub
     i32.const 16
     i32.ge_u
     if
      local.get $1
      i32.load offset=12
      local.tee $18
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 65536
      i32.add
      i32.load
      local.get $18
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 66560
      i32.add
      i32.load
      local.get $18
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 67584
      i32.add
      i32.load
      local.get $18
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 68608
      i32.add
      i32.load
      local.get $1
      i32.load offset=8
      local.tee $18
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 69632
      i32.add
      i32.load
      local.get $18
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 70656
      i32.add
      i32.load
      local.get $18
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 71680
      i32.add
      i32.load
      local.get $18
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 72704
      i32.add
      i32.load
      local.get $1
      i32.load offset=4
      local.tee $18
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 73728
      i32.add
      i32.load
      local.get $18
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 74752
      i32.add
      i32.load
      local.get $18
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 75776
      i32.add
      i32.load
      local.get $18
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 76800
      i32.add
      i32.load
      local.get $1
      i32.load
      local.get $4
      i32.xor
      local.tee $4
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 77824
      i32.add
      i32.load
      local.get $4
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 78848
      i32.add
      i32.load
      local.get $4
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 80896
      i32.add
      i32.load
      local.get $4
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 79872
      i32.add
      i32.load
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      local.set $4
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      br $while-continue|1
     end
    end
    loop $while-continue|2
     local.get $1
     local.get $15
     i32.lt_u
     if
      local.get $4
      local.get $1
      i32.load8_u
      i32.xor
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 65536
      i32.add
      i32.load
      local.get $4
      i32.const 8
      i32.shr_u
      i32.xor
      local.set $4
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $while-continue|2
     end
    end
    local.get $4
    i32.const -1
    i32.xor
    local.set $18
    local.set $1
    local.get $0
    i32.const 40
    i32.add
    local.set $4
    loop $while-continue|3
     local.get $14
     local.get $4
     i32.sub
     i32.const 16
     i32.ge_u
     if
      local.get $4
      i32.load offset=12
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 65536
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 66560
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 67584
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 68608
      i32.add
      i32.load
      local.get $4
      i32.load offset=8
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 69632
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 70656
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 71680
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 72704
      i32.add
      i32.load
      local.get $4
      i32.load offset=4
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 73728
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 74752
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 75776
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 76800
      i32.add
      i32.load
      local.get $4
      i32.load
      local.get $1
      i32.xor
      local.tee $0
      i32.const 24
      i32.shr_u
      i32.const 2
      i32.shl
      i32.const 77824
      i32.add
      i32.load
      local.get $0
      i32.const 16
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 78848
      i32.add
      i32.load
      local.get $0
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 80896
      i32.add
      i32.load
      local.get $0
      i32.const 8
      i32.shr_u
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 79872
      i32.add
      i32.load
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      i32.xor
      local.set $1
      local.get $4
      i32.const 16
      i32.add
      local.set $4
      br $while-continue|3
     end
    end
    loop $while-continue|4
     local.get $4
     local.get $14
     i32.lt_u
     if
      local.get $1
      local.get $4
      i32.load8_u
      i32.xor
      i32.const 255
      i32.and
      i32.const 2
      i32.shl
      i32.const 65536
      i32.add
      i32.load
      local.get $1
      i32.const 8
      i32.shr_u
      i32.xor
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $while-continue|4
     end
    end
    i32.const -306674912
    i32.const 98304
    local.get $18
    local.get $1
    i32.const -1
    i32.xor
    local.get $14
    local.get $15
    i32.sub
    call $assembly/crc32/combine
    br $assembly/crc32/update|inlined.1
   end
   local.get $0
   i32.const -1
   i32.xor
   local.set $0
   local.get $1
   local.get $2
   i32.add
   local.set $4
   local.get $2
   i32.const 256
   i32.ge_u
   if
    local.get $0
    i64.extend_i32_u
    local.set $11
    loop $while-continue|5
     local.get $4
     local.get $1
     i32.sub
     i32.const 72
     i32.ge_u
     if
      local.get $1
      i64.load
      local.get $11
      i64.xor
      local.tee $19
      i64.const 17
      i64.shl
      local.get $19
      i64.const 55
      i64.shl
      i64.xor
      local.get $5
      i64.xor
      local.set $5
      local.get $1
      i64.load offset=24
      local.get $1
      i64.load offset=8
      local.get $12
      i64.xor
      local.tee $20
      i64.const 17
      i64.shl
      local.get $20
      i64.const 55
      i64.shl
      i64.xor
      local.get $19
      i64.const 47
      i64.shr_u
      local.get $19
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $19
      i64.const 19
      i64.shl
      i64.xor
      local.get $6
      i64.xor
      i64.xor
      i64.xor
      local.set $21
      local.get $1
      i64.load offset=16
      local.get $5
      i64.xor
      local.tee $6
      i64.const 17
      i64.shl
      local.get $6
      i64.const 55
      i64.shl
      i64.xor
      local.get $20
      i64.const 47
      i64.shr_u
      local.get $20
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $20
      i64.const 19
      i64.shl
      i64.xor
      local.get $19
      i64.const 44
      i64.shl
      local.get $19
      i64.const 45
      i64.shr_u
      i64.xor
      local.get $3
      i64.xor
      i64.xor
      i64.xor
      local.set $11
      local.get $21
      i64.const 17
      i64.shl
      local.get $21
      i64.const 55
      i64.shl
      i64.xor
      local.get $6
      i64.const 47
      i64.shr_u
      local.get $6
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $6
      i64.const 19
      i64.shl
      i64.xor
      local.get $20
      i64.const 44
      i64.shl
      local.get $20
      i64.const 45
      i64.shr_u
      i64.xor
      local.get $19
      i64.const 20
      i64.shr_u
      i64.xor
      i64.xor
      i64.xor
      local.set $12
      local.get $21
      i64.const 47
      i64.shr_u
      local.get $21
      i64.const 9
      i64.shr_u
      i64.xor
      local.get $21
      i64.const 19
      i64.shl
      i64.xor
      local.get $6
      i64.const 44
      i64.shl
      local.get $6
      i64.const 45
      i64.shr_u
      i64.xor
      local.get $20
      i64.const 20
      i64.shr_u
      i64.xor
      i64.xor
      local.set $5
      local.get $21
      i64.const 44
      i64.shl
      local.get $21
      i64.const 45
      i64.shr_u
      i64.xor
      local.get $6
      i64.const 20
      i64.shr_u
      i64.xor
      local.set $6
      local.get $21
      i64.const 20
      i64.shr_u
      local.set $3
      local.get $1
      i32.const 32
      i32.add
      local.set $1
      br $while-continue|5
     end
    end
    local.get $1
    i64.load
    local.get $11
    i64.xor
    local.tee $11
    i32.wrap_i64
    local.set $0
    local.get $1
    i64.load offset=8
    local.get $12
    i64.xor
    local.tee $12
    i32.wrap_i64
    local.get $11
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i64.load offset=16
    local.get $5
    i64.xor
    local.tee $5
    i32.wrap_i64
    local.get $12
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i64.load offset=24
    local.get $6
    i64.xor
    local.tee $6
    i32.wrap_i64
    local.get $5
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i64.load offset=32
    local.get $3
    i64.xor
    local.tee $3
    i32.wrap_i64
    local.get $6
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
    local.get $1
    i32.const 40
    i32.add
    local.set $1
    local.get $3
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    local.tee $2
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 65536
    i32.add
    i32.load
    local.get $2
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 66560
    i32.add
    i32.load
    local.get $2
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 67584
    i32.add
    i32.load
    local.get $2
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 68608
    i32.add
    i32.load
    local.get $0
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.const 69632
    i32.add
    i32.load
    local.get $0
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 70656
    i32.add
    i32.load
    local.get $0
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 72704
    i32.add
    i32.load
    local.get $0
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.const 71680
    i32.add
    i32.load
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    i32.xor
    local.set $0
   end
   loop $while-continue|6
    local.get $4
    local.get $1
    i32.sub
    i32.const 16
    i32.ge_u
    if
     local.get $1
     i32.load offset=12
     local.tee $2
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 65536
     i32.add
     i32.load
     local.get $2
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 66560
     i32.add
     i32.load
     local.get $2
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 67584
     i32.add
     i32.load
     local.get $2
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 68608
     i32.add
     i32.load
     local.get $1
     i32.load offset=8
     local.tee $2
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 69632
     i32.add
     i32.load
     local.get $2
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 70656
     i32.add
     i32.load
     local.get $2
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 71680
     i32.add
     i32.load
     local.get $2
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 72704
     i32.add
     i32.load
     local.get $1
     i32.load offset=4
     local.tee $2
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 73728
     i32.add
     i32.load
     local.get $2
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 74752
     i32.add
     i32.load
     local.get $2
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 75776
     i32.add
     i32.load
     local.get $2
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 76800
     i32.add
     i32.load
     local.get $1
     i32.load
     local.get $0
     i32.xor
     local.tee $0
     i32.const 24
     i32.shr_u
     i32.const 2
     i32.shl
     i32.const 77824
     i32.add
     i32.load
     local.get $0
     i32.const 16
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 78848
     i32.add
     i32.load
     local.get $0
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 80896
     i32.add
     i32.load
     local.get $0
     i32.const 8
     i32.shr_u
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 79872
     i32.add
     i32.load
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     i32.xor
     local.set $0
     local.get $1
     i32.const 16
     i32.add
     local.set $1
     br $while-continue|6
    end
   end
   loop $while-continue|7
    local.get $1
    local.get $4
    i32.lt_u
    if
     local.get $0
     local.get $1
     i32.load8_u
     i32.xor
     i32.const 255
     i32.and
     i32.const 2
     i32.shl
     i32.const 65536
     i32.add
     i32.load
     local.get $0
     i32.const 8
     i32.shr_u
     i32.xor
     local.set $0
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $while-continue|7
    end
   end
   local.get $0
   i32.const -1
   i32.xor
  end
 )
 (func $assembly/adler32/adler32Update (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  local.get $0
  i32.const 65535
  i32.and
  local.set $4
  local.get $0
  i32.const 16
  i32.shr_u
  local.set $0
  loop $while-continue|0
   local.get $2
   i32.const 64
   i32.ge_u
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $6
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $7
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    local.get $2
    i32.const 6
    i32.shr_u
    local.tee $3
    i32.const 86
    i32.gt_u
    if
     i32.const 86
     local.set $3
    end
    local.get $1
    local.get $3
    i32.const 6
    i32.shl
    i32.add
    local.set $17
    loop $while-continue|1
     local.get $1
     local.get $17
     i32.lt_u
     if
      local.get $8
      local.get $6
      i32x4.add
      local.set $8
      local.get $7
      local.get $1
      v128.load
      local.tee $21
      i16x8.extend_low_i8x16_u
      local.tee $16
      i16x8.add
      local.set $7
      local.get $9
      local.get $21
      i16x8.extend_high_i8x16_u
      local.tee $21
      i16x8.add
      local.set $9
      local.get $10
      local.get $1
      v128.load offset=16
      local.tee $22
      i16x8.extend_low_i8x16_u
      local.tee $26
      i16x8.add
      local.set $10
      local.get $11
      local.get $22
      i16x8.extend_high_i8x16_u
      local.tee $22
      i16x8.add
      local.set $11
      local.get $12
      local.get $1
      v128.load offset=32
      local.tee $23
      i16x8.extend_low_i8x16_u
      local.tee $27
      i16x8.add
      local.set $12
      local.get $13
      local.get $23
      i16x8.extend_high_i8x16_u
      local.tee $23
      i16x8.add
      local.set $13
      local.get $14
      local.get $1
      v128.load offset=48
      local.tee $28
      i16x8.extend_low_i8x16_u
      local.tee $29
      i16x8.add
      local.set $14
      local.get $15
      local.get $28
      i16x8.extend_high_i8x16_u
      local.tee $28
      i16x8.add
      local.set $15
      local.get $6
      local.get $16
      local.get $21
      i16x8.add
      local.get $26
      local.get $22
      i16x8.add
      i16x8.add
      local.get $27
      local.get $23
      i16x8.add
      local.get $29
      local.get $28
      i16x8.add
      i16x8.add
      i16x8.add
      i32x4.extadd_pairwise_i16x8_u
      i32x4.add
      local.set $6
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      br $while-continue|1
     end
    end
    local.get $7
    v128.const i32x4 0x003f0040 0x003d003e 0x003b003c 0x0039003a
    i32x4.dot_i16x8_s
    local.get $9
    v128.const i32x4 0x00370038 0x00350036 0x00330034 0x00310032
    i32x4.dot_i16x8_s
    i32x4.add
    local.get $10
    v128.const i32x4 0x002f0030 0x002d002e 0x002b002c 0x0029002a
    i32x4.dot_i16x8_s
    local.get $11
    v128.const i32x4 0x00270028 0x00250026 0x00230024 0x00210022
    i32x4.dot_i16x8_s
    i32x4.add
    i32x4.add
    local.get $12
    v128.const i32x4 0x001f0020 0x001d001e 0x001b001c 0x0019001a
    i32x4.dot_i16x8_s
    local.get $13
    v128.const i32x4 0x00170018 0x00150016 0x00130014 0x00110012
    i32x4.dot_i16x8_s
    i32x4.add
    local.get $14
    v128.const i32x4 0x000f0010 0x000d000e 0x000b000c 0x0009000a
    i32x4.dot_i16x8_s
    local.get $15
    v128.const i32x4 0x00070008 0x00050006 0x00030004 0x00010002
    i32x4.dot_i16x8_s
    i32x4.add
    i32x4.add
    i32x4.add
    local.tee $7
    i32x4.extract_lane 3
    i64.extend_i32_s
    local.get $7
    i32x4.extract_lane 2
    i64.extend_i32_s
    local.get $7
    i32x4.extract_lane 0
    i64.extend_i32_s
    local.get $7
    i32x4.extract_lane 1
    i64.extend_i32_s
    i64.add
    i64.add
    i64.add
    local.get $0
    i64.extend_i32_u
    local.get $4
    i64.extend_i32_u
    local.tee $5
    local.get $3
    i64.extend_i32_u
    i64.const 6
    i64.shl
    i64.mul
    i64.add
    local.get $8
    i32x4.extract_lane 3
    i64.extend_i32_s
    local.get $8
    i32x4.extract_lane 2
    i64.extend_i32_s
    local.get $8
    i32x4.extract_lane 0
    i64.extend_i32_s
    local.get $8
    i32x4.extract_lane 1
    i64.extend_i32_s
    i64.add
    i64.add
    i64.add
    i64.const 6
    i64.shl
    i64.add
    i64.add
    i64.const 65521
    i64.rem_u
    i32.wrap_i64
    local.set $0
    local.get $5
    local.get $6
    i32x4.extract_lane 3
    i64.extend_i32_s
    local.get $6
    i32x4.extract_lane 2
    i64.extend_i32_s
    local.get $6
    i32x4.extract_lane 0
    i64.extend_i32_s
    local.get $6
    i32x4.extract_lane 1
    i64.extend_i32_s
    i64.add
    i64.add
    i64.add
    i64.add
    i64.const 65521
    i64.rem_u
    i32.wrap_i64
    local.set $4
    local.get $2
    local.get $3
    i32.const 6
    i32.shl
    i32.sub
    local.set $2
    br $while-continue|0
   end
  end
  loop $while-continue|2
   local.get $2
   if
    i32.const 5552
    local.get $2
    local.get $2
    i32.const 5552
    i32.ge_u
    select
    local.tee $24
    local.get $1
    i32.add
    local.set $25
    loop $while-continue|3
     local.get $25
     local.get $1
     i32.sub
     i32.const 8
     i32.ge_u
     if
      local.get $4
      local.get $1
      i64.load
      local.tee $5
      i64.const 255
      i64.and
      i32.wrap_i64
      i32.add
      local.tee $30
      local.get $5
      i64.const 8
      i64.shr_u
      i64.const 255
      i64.and
      i32.wrap_i64
      i32.add
      local.tee $31
      local.get $5
      i64.const 16
      i64.shr_u
      i64.const 255
      i64.and
      i32.wrap_i64
      i32.add
      local.tee $3
      local.get $5
      i64.const 24
      i64.shr_u
      i64.const 255
      i64.and
      i32.wrap_i64
      i32.add
      local.tee $17
      local.get $5
      i64.const 32
      i64.shr_u
      i64.const 255
      i64.and
      i32.wrap_i64
      i32.add
      local.tee $18
      local.get $5
      i64.const 40
      i64.shr_u
      i64.const 255
      i64.and
      i32.wrap_i64
      i32.add
      local.tee $19
      local.get $5
      i64.const 48
      i64.shr_u
      i64.const 255
      i64.and
      i32.wrap_i64
      i32.add
      local.tee $20
      local.get $5
      i64.const 56
      i64.shr_u
      i32.wrap_i64
      i32.add
      local.tee $4
      local.get $0
      local.get $30
      i32.add
      local.get $31
      i32.add
      local.get $3
      i32.add
      local.get $17
      i32.add
      local.get $18
      i32.add
      local.get $19
      i32.add
      local.get $20
      i32.add
      i32.add
      local.set $0
      local.get $1
      i32.const 8
      i32.add
      local.set $1
      br $while-continue|3
     end
    end
    loop $while-continue|4
     local.get $1
     local.get $25
     i32.lt_u
     if
      local.get $4
      local.get $1
      i32.load8_u
      i32.add
      local.tee $4
      local.get $0
      i32.add
      local.set $0
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $while-continue|4
     end
    end
    local.get $4
    i32.const 65521
    i32.rem_u
    local.set $4
    local.get $0
    i32.const 65521
    i32.rem_u
    local.set $0
    local.get $2
    local.get $24
    i32.sub
    local.set $2
    br $while-continue|2
   end
  end
  local.get $0
  i32.const 16
  i32.shl
  local.get $4
  i32.or
 )
)
