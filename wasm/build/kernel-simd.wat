(module
 (type $0 (func))
 (type $1 (func (result i32)))
 (type $2 (func (param i32) (result i32)))
 (import "env" "memory" (memory $0 4))
 (export "dataEnd" (func $assembly/info/dataEnd))
 (export "init" (func $assembly/info/init))
 (export "load8" (func $assembly/info/load8))
 (export "reservedBytes" (func $assembly/info/reservedBytes))
 (export "_start_unused" (func $~start))
 (func $~start
 )
 (func $assembly/info/reservedBytes (result i32)
  i32.const 262144
 )
 (func $assembly/info/load8 (param $0 i32) (result i32)
  local.get $0
  i32.load8_u
 )
 (func $assembly/info/init
  i32.const 65536
  i32.const 0
  i32.const 65536
  memory.fill
 )
 (func $assembly/info/dataEnd (result i32)
  i32.const 1024
 )
)
