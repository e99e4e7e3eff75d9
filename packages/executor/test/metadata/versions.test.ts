import { cassandraVersionFromJarNames, parseJavaVersion } from '../../src';

describe('parseJavaVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n', '17.0.15'],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss2m\nopenjdk version "11.0.22" 2024-01-16 LTS\n', '11.0.22'],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment\n', '1.8.0_392'],
  ])('reads %j', (output, version) => {
    expect(parseJavaVersion(output)).toBe(version);
  });

  it('finds nothing in other output', () => {
    expect(parseJavaVersion('Error: could not find libjava.so\n')).toBeUndefined();
    expect(parseJavaVersion('')).toBeUndefined();
  });
});

describe('cassandraVersionFromJarNames', () => {
  it("reads Maven Central's cassandra-all jar and the Apache tarball's apache-cassandra jar", () => {
    expect(cassandraVersionFromJarNames(['jamm-0.4.0.jar', 'cassandra-all-5.0.9.jar', 'guava-32.0.1-jre.jar'])).toEqual({ version: '5.0.9' });
    expect(cassandraVersionFromJarNames(['apache-cassandra-4.1.5.jar', 'apache-cassandra-thrift-3.11.jar'])).toEqual({ version: '4.1.5' });
    expect(cassandraVersionFromJarNames(['cassandra-all-5.1-SNAPSHOT.jar'])).toEqual({ version: '5.1-SNAPSHOT' });
  });

  it('says why there is no version', () => {
    expect(cassandraVersionFromJarNames(['jamm-0.4.0.jar'])).toEqual({ error: 'no cassandra-all-<version>.jar or apache-cassandra-<version>.jar' });
    expect(cassandraVersionFromJarNames(['cassandra-all-5.0.9.jar', 'cassandra-all-5.0.8.jar'])).toEqual({ error: 'jars of several releases (5.0.8, 5.0.9)' });
  });
});
