{
  const r = api.shared("scratch-ev", { size: 4096, create: true });
  const m = new api.Mutex(r, 64);
  m.lock(); 
  const m2 = new api.Mutex(r, 64);
  try { await m2.lockAsync(60); } catch (e) { log("lockAsync", e.code); }
  m.unlock();
  const win = r.runtime.win;
  const h = win.fn.CreateEventW(null, 0, 0, new Uint8Array(Buffer.from("Local\\mmapkit-wake:64:scratch-ev\0", "utf16le")));
  log("event exists:", h !== 0, win.fn.GetLastError() === 183);
  r.close();
}
