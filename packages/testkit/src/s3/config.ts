/** s3proxy.conf: filesystem-nio2 backend under `baseDir`, SigV2/SigV4 auth with the given identity/credential, loopback only. */
export function renderS3ProxyProperties(opts: { host: string; port: number; baseDir: string; accessKeyId: string; secretAccessKey: string }): string {
  for (const [k, v] of Object.entries(opts)) {
    if (/[\r\n\\]/.test(String(v))) throw new Error(`s3proxy setting ${k} must not contain newlines or backslashes`);
  }
  return [
    `s3proxy.endpoint=http://${opts.host}:${opts.port}`,
    's3proxy.authorization=aws-v2-or-v4',
    `s3proxy.identity=${opts.accessKeyId}`,
    `s3proxy.credential=${opts.secretAccessKey}`,
    'jclouds.provider=filesystem-nio2',
    `jclouds.filesystem.basedir=${opts.baseDir}`,
    '',
  ].join('\n');
}
