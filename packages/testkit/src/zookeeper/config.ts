/** zoo.cfg for a standalone server on loopback; four-letter words srvr/ruok/stat/mntr enabled, no admin server. */
export function renderZooCfg(opts: { dataDir: string; host: string; port: number }): string {
  return [
    'tickTime=2000',
    'initLimit=10',
    'syncLimit=5',
    `dataDir=${opts.dataDir}`,
    `clientPort=${opts.port}`,
    `clientPortAddress=${opts.host}`,
    'admin.enableServer=false',
    '4lw.commands.whitelist=srvr,ruok,stat,mntr',
    'maxClientCnxns=0',
    'autopurge.snapRetainCount=3',
    '',
  ].join('\n');
}

/** Parses the `srvr` four-letter-word answer: version and mode ("standalone", "leader", …). */
export function parseSrvr(answer: string): { version: string; mode: string } | undefined {
  const version = /Zookeeper version:\s*([^\s,-]+)/.exec(answer)?.[1];
  const mode = /Mode:\s*(\S+)/.exec(answer)?.[1];
  return version && mode ? { version, mode } : undefined;
}
