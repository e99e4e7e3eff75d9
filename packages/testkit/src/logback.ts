/** A logback.xml that writes everything at `level` to stdout (which testkit sends to the process log file). */
export function renderConsoleLogback(level: 'DEBUG' | 'INFO' | 'WARN', quiet: Readonly<Record<string, 'WARN' | 'ERROR'>> = {}): string {
  const loggers = Object.entries(quiet)
    .map(([name, lvl]) => `  <logger name="${name}" level="${lvl}"/>\n`)
    .join('');
  return `<configuration scan="false">
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%-5level [%thread] %date{ISO8601} %logger{36}:%line - %msg%n</pattern></encoder>
  </appender>
${loggers}  <root level="${level}"><appender-ref ref="STDOUT"/></root>
</configuration>
`;
}
