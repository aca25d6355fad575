/**
 * Per-platform constants for the POSIX calls core makes: open flags, mmap/msync/madvise values,
 * the `struct stat` offsets core reads, and errno names. Adapters stay free of numbers.
 * @module
 */

/** Everything core needs to know about one OS + CPU. */
export interface Platform {
  readonly id: string;
  readonly O_RDONLY: number;
  readonly O_WRONLY: number;
  readonly O_RDWR: number;
  readonly O_CREAT: number;
  readonly O_EXCL: number;
  readonly O_TRUNC: number;
  readonly O_NONBLOCK: number;
  readonly O_CLOEXEC: number;
  /** Fail with ELOOP instead of following a symbolic link in the last component (differs by CPU on Linux). */
  readonly O_NOFOLLOW: number;
  /** The access-mode bits of open flags (O_RDONLY, O_WRONLY or O_RDWR). */
  readonly O_ACCMODE: number;
  /** fcntl: read the open flags. */
  readonly F_GETFL: number;
  /**
   * fcntl: duplicate as close-on-exec. Absent where fcntl's variadic third argument is not passed
   * in a register (macOS on arm64 passes it on the stack, which a fixed-argument FFI call cannot
   * do): core uses dup() there, and the duplicate is not close-on-exec.
   */
  readonly F_DUPFD_CLOEXEC?: number;
  readonly PROT_READ: number;
  readonly PROT_WRITE: number;
  readonly MAP_SHARED: number;
  readonly MAP_PRIVATE: number;
  readonly MAP_FIXED: number;
  readonly MAP_ANONYMOUS: number;
  readonly MAP_POPULATE: number;
  readonly MAP_LOCKED: number;
  readonly MS_ASYNC: number;
  readonly MS_SYNC: number;
  readonly MS_INVALIDATE: number;
  /** madvise values by advice name; a name that is absent does not exist on this OS. */
  readonly MADV: Readonly<Record<"normal" | "random" | "sequential" | "willneed" | "dontneed", number>> & {
    readonly hugepage?: number;
    readonly free?: number;
    readonly remove?: number;
    readonly cold?: number;
    readonly pageout?: number;
    readonly populate_read?: number;
    readonly populate_write?: number;
  };
  readonly POSIX_FADV_DONTNEED?: number;
  readonly _SC_PAGESIZE: number;
  /** `struct stat`: its size and where `st_mode` (u32 or u16), `st_uid` (u32) and `st_size` (i64) sit. */
  readonly stat: {
    readonly size: number;
    readonly mode: number;
    readonly modeBytes: 2 | 4;
    readonly uid: number;
    /** st_dev: its offset and width. */
    readonly dev: number;
    readonly devBytes: 4 | 8;
    /** st_ino (u64). */
    readonly ino: number;
    readonly fileSize: number;
  };
  readonly S_IFMT: number;
  readonly S_IFREG: number;
  readonly S_IFDIR: number;
  readonly S_IFIFO: number;
  readonly S_IFSOCK: number;
  readonly S_IFCHR: number;
  readonly S_IFBLK: number;
  /** errno number → name. */
  readonly errnoNames: Readonly<Record<number, string>>;
  /** Linux futex(2) through syscall(2): its number and ops; undefined where there is none (waits poll). */
  readonly futex?: { readonly SYS_futex: number; readonly FUTEX_WAIT: number; readonly FUTEX_WAKE: number };
  /** Where POSIX shared memory objects live (`shared(name)` maps `<shmDir>/<name>`); undefined: not supported. */
  readonly shmDir?: string;
}

const linuxErrno: Record<number, string> = {
  1: "EPERM",
  2: "ENOENT",
  3: "ESRCH",
  4: "EINTR",
  5: "EIO",
  6: "ENXIO",
  9: "EBADF",
  11: "EAGAIN",
  12: "ENOMEM",
  13: "EACCES",
  14: "EFAULT",
  16: "EBUSY",
  17: "EEXIST",
  19: "ENODEV",
  20: "ENOTDIR",
  21: "EISDIR",
  22: "EINVAL",
  23: "ENFILE",
  24: "EMFILE",
  26: "ETXTBSY",
  27: "EFBIG",
  28: "ENOSPC",
  29: "ESPIPE",
  30: "EROFS",
  35: "EDEADLK",
  36: "ENAMETOOLONG",
  38: "ENOSYS",
  40: "ELOOP",
  74: "EBADMSG",
  75: "EOVERFLOW",
  95: "EOPNOTSUPP",
  110: "ETIMEDOUT",
  130: "EOWNERDEAD",
};

const linuxCommon = {
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  O_TRUNC: 0o1000,
  O_NONBLOCK: 0o4000,
  O_CLOEXEC: 0o2000000,
  O_ACCMODE: 3,
  F_GETFL: 3,
  F_DUPFD_CLOEXEC: 1030,
  PROT_READ: 1,
  PROT_WRITE: 2,
  MAP_SHARED: 0x01,
  MAP_PRIVATE: 0x02,
  MAP_FIXED: 0x10,
  MAP_ANONYMOUS: 0x20,
  MAP_POPULATE: 0x8000,
  MAP_LOCKED: 0x2000,
  MS_ASYNC: 1,
  MS_INVALIDATE: 2,
  MS_SYNC: 4,
  MADV: {
    normal: 0,
    random: 1,
    sequential: 2,
    willneed: 3,
    dontneed: 4,
    free: 8,
    remove: 9,
    hugepage: 14,
    cold: 20,
    pageout: 21,
    populate_read: 22,
    populate_write: 23,
  },
  POSIX_FADV_DONTNEED: 4,
  _SC_PAGESIZE: 30,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o40000,
  S_IFIFO: 0o10000,
  S_IFSOCK: 0o140000,
  S_IFCHR: 0o20000,
  S_IFBLK: 0o60000,
  errnoNames: linuxErrno,
  shmDir: "/dev/shm",
} as const;

// FUTEX_WAIT and FUTEX_WAKE without FUTEX_PRIVATE_FLAG: the words live in memory shared by processes.
const FUTEX_OPS = { FUTEX_WAIT: 0, FUTEX_WAKE: 1 } as const;

/** Linux on x86_64 (measured here). */
export const linuxX64: Platform = {
  id: "linux-x64",
  ...linuxCommon,
  O_NOFOLLOW: 0o400000,
  futex: { SYS_futex: 202, ...FUTEX_OPS },
  stat: { size: 144, mode: 24, modeBytes: 4, uid: 28, dev: 0, devBytes: 8, ino: 8, fileSize: 48 },
};

/** Linux on arm64 (generic syscall layout; untested here). */
export const linuxArm64: Platform = {
  id: "linux-arm64",
  ...linuxCommon,
  O_NOFOLLOW: 0o100000,
  futex: { SYS_futex: 98, ...FUTEX_OPS },
  stat: { size: 128, mode: 16, modeBytes: 4, uid: 24, dev: 0, devBytes: 8, ino: 8, fileSize: 48 },
};

/**
 * macOS, 64-bit `struct stat` (untested here; reviewed against the macOS SDK headers):
 * open flags from <sys/fcntl.h> (O_NONBLOCK 0x4, O_NOFOLLOW 0x100, O_CREAT 0x200, O_TRUNC 0x400,
 * O_EXCL 0x800, O_CLOEXEC 0x1000000); <sys/mman.h> (MAP_ANON 0x1000, MS_SYNC 0x10, MADV_* 0–4;
 * no MAP_POPULATE, MAP_LOCKED or MADV_POPULATE_*: 0 here, so prefaulting falls back to
 * MADV_WILLNEED and anonymous `lock` to mlock; mincore marks a resident page with
 * MINCORE_INCORE, bit 0, as Linux does); <unistd.h> (_SC_PAGESIZE 29); <sys/stat.h> with
 * __DARWIN_64_BIT_INO_T (st_dev i32 at 0, st_mode u16 at 4, st_uid at 16, st_size at 96, 144
 * bytes); <sys/errno.h> for the numbers below. libSystem has no posix_fadvise nor
 * posix_fallocate: every adapter treats them as optional.
 */
export const darwin: Platform = {
  id: "darwin",
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 0x200,
  O_EXCL: 0x800,
  O_TRUNC: 0x400,
  O_NONBLOCK: 0x4,
  O_CLOEXEC: 0x1000000,
  O_NOFOLLOW: 0x100,
  O_ACCMODE: 3,
  F_GETFL: 3,
  PROT_READ: 1,
  PROT_WRITE: 2,
  MAP_SHARED: 0x01,
  MAP_PRIVATE: 0x02,
  MAP_FIXED: 0x10,
  MAP_ANONYMOUS: 0x1000,
  MAP_POPULATE: 0,
  MAP_LOCKED: 0,
  MS_ASYNC: 1,
  MS_INVALIDATE: 2,
  MS_SYNC: 0x10,
  // No hugepage, remove, cold, pageout or populate_* on macOS: absent, so advise() says so.
  MADV: { normal: 0, random: 1, sequential: 2, willneed: 3, dontneed: 4, free: 5 },
  _SC_PAGESIZE: 29,
  stat: { size: 144, mode: 4, modeBytes: 2, uid: 16, dev: 0, devBytes: 4, ino: 8, fileSize: 96 },
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o40000,
  S_IFIFO: 0o10000,
  S_IFSOCK: 0o140000,
  S_IFCHR: 0o20000,
  S_IFBLK: 0o60000,
  errnoNames: {
    1: "EPERM",
    2: "ENOENT",
    3: "ESRCH",
    4: "EINTR",
    5: "EIO",
    6: "ENXIO",
    9: "EBADF",
    11: "EDEADLK",
    12: "ENOMEM",
    13: "EACCES",
    14: "EFAULT",
    16: "EBUSY",
    17: "EEXIST",
    19: "ENODEV",
    20: "ENOTDIR",
    21: "EISDIR",
    22: "EINVAL",
    23: "ENFILE",
    24: "EMFILE",
    26: "ETXTBSY",
    27: "EFBIG",
    28: "ENOSPC",
    29: "ESPIPE",
    30: "EROFS",
    35: "EAGAIN",
    60: "ETIMEDOUT",
    62: "ELOOP",
    63: "ENAMETOOLONG",
    78: "ENOSYS",
    84: "EOVERFLOW",
    102: "EOPNOTSUPP",
    105: "EOWNERDEAD",
  },
};

/** The table for an OS + CPU pair as `process.platform`/`process.arch` spell them, or undefined. */
export function platformFor(os: string, arch: string): Platform | undefined {
  if (os === "linux" && arch === "x64") return linuxX64;
  if (os === "linux" && arch === "arm64") return linuxArm64;
  if (os === "darwin") return darwin;
  return undefined;
}
