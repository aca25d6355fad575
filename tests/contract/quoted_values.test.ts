/**
 * Values a caller passed, as error messages show them: a string is quoted and escaped — a needle
 * `"\n"` given to `count` (which takes a byte) must not print a raw line break into the message
 * — and a one-character string gets its byte code as the thing to pass instead. A range past the
 * end of a file names the largest offset or length that fits.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { throwsCode } from "../_codes.ts";

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`messages quote the values they show [${ctx.runtime}]`);

  t('count(path, "\\n"): the string shown escaped, and its code (10) suggested', () => {
    const { path, data } = fixture(ctx.tmp, 100);
    const msg = throwsCode(api, () => api.count(path, "\n" as never), "EINVAL");
    assert.not.match(msg, /[\n\r]/, JSON.stringify(msg));
    assert.ok(msg.includes('got the string "\\n"'), msg);
    assert.ok(msg.includes("pass its byte code, 10"), msg);
    const view = throwsCode(api, () => api.count(data, "\r" as never), "EINVAL");
    assert.ok(view.includes('got the string "\\r"; pass its byte code, 13'), view);
  });

  t("other values: a longer string quoted, a bigint with its n; neither breaks the line", () => {
    const { data } = fixture(ctx.tmp, 10);
    const text = throwsCode(api, () => api.count(data, 'a"\nb' as never), "EINVAL");
    assert.not.match(text, /[\n\r]/, JSON.stringify(text));
    assert.ok(text.includes('got the string "a\\"\\nb"'), text);
    const big = throwsCode(api, () => api.count(data, 10n as never), "EINVAL");
    assert.ok(big.includes("got 10n"), big);
    const add = throwsCode(api, () => api.transform(new Uint8Array(8), { add: "1\n" as never, type: "i32" }), "EINVAL");
    assert.not.match(add, /[\n\r]/, JSON.stringify(add));
    assert.ok(add.includes('"1\\n"'), add);
    // An op name that is none of the four is named as what it is, not as an add without a type.
    const op = throwsCode(api, () => api.transform(new Uint8Array(8), { foo: 1 } as never), "EINVAL");
    assert.ok(op.includes("{ foo }") && op.includes("{ xor }") && !op.includes("add needs"), op);
    const seed = throwsCode(api, () => api.checksum(data, "xxh64", { seed: "7\n" as never }), "EINVAL");
    assert.not.match(seed, /[\n\r]/, JSON.stringify(seed));
    assert.ok(seed.includes('"7\\n"'), seed);
    // A whole number past 2^53 − 1 is named as one, with the bigint to pass instead.
    const unsafe = throwsCode(api, () => api.checksum(data, "xxh64", { seed: 2 ** 53 }), "EINVAL");
    assert.ok(unsafe.includes("past 2^53 − 1") && unsafe.includes("9007199254740992n"), unsafe);
    // A negative size names the least size anonymous() takes: 1, not 0.
    const size = throwsCode(api, () => api.anonymous(-5), "ERANGE");
    assert.ok(size.includes("pass a value ≥ 1"), size);
  });

  t("open(): a range past the end names the largest offset or length to pass; null lists what open() takes", () => {
    const { path } = fixture(ctx.tmp, 1000);
    const past = throwsCode(api, () => api.open(path, { offset: 1010 }), "ERANGE");
    assert.ok(past.includes("pass an offset ≤ 1000"), past);
    const grow = throwsCode(api, () => api.open(path, { mode: "write", offset: 1010, length: 5 }), "ERANGE");
    assert.ok(grow.includes("{ size: 1015 }"), grow);
    const long = throwsCode(api, () => api.open(path, { offset: 10, length: 2000 }), "ERANGE");
    assert.ok(long.includes("pass a length ≤ 990"), long);
    // At the very end nothing fits: "pass a length ≤ 0" read oddly; the offset is what to change.
    const end = throwsCode(api, () => api.open(path, { offset: 1000, length: 1 }), "ERANGE");
    assert.ok(end.includes("offset 1000 is the end of the file: pass an offset below 1000"), end);
    using f = api.open(path, { length: 10 });
    const moved = throwsCode(api, () => f.remap(1000, 1), "ERANGE");
    assert.ok(moved.includes("offset 1000 is the end of the file: pass an offset below 1000"), moved);
    assert.ok(throwsCode(api, () => f.remap(10, 2000), "ERANGE").includes("pass a length ≤ 990"));
    const none = throwsCode(api, () => api.open(null as never), "EINVAL");
    assert.ok(
      /a path, a file: URL, a file descriptor \(number\) or a FileHandle/.test(none) && /got null/.test(none),
      none,
    );
  });

  t.run();
};
