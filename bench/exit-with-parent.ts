/**
 * Loaded into the server process the benchmark starts (`node --import` this file): when the
 * benchmark goes away in any way, even killed outright, the IPC channel to it closes and the
 * server is stopped as SIGTERM stops it, or ended if that takes longer than 15 s.
 */
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => {
    setTimeout(() => process.exit(1), 15_000).unref();
    process.kill(process.pid, 'SIGTERM');
  });
}
