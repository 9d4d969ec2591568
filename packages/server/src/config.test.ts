import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const S3 = { FILE_STORE: 's3', S3_BUCKET: 'posyandu-files' };

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => i.variable);
    throw error;
  }
  return [];
}

describe('the file store configuration', () => {
  it('keeps files in DATA_DIR/files when FILE_STORE is unset', () => {
    const config = loadConfig({ DATA_DIR: '/srv/posyandu' });
    expect(config.fileStore).toEqual({ kind: 'local', dir: '/srv/posyandu/files' });
  });

  it('reads an S3-compatible bucket: path-style addresses by default when an endpoint is given', () => {
    const config = loadConfig({
      ...S3,
      S3_ENDPOINT: 'https://minio.kab-klaten.go.id:9000',
      S3_ACCESS_KEY_ID: 'posyandu',
      S3_SECRET_ACCESS_KEY: 'rahasia-sekali',
      S3_PREFIX: 'spm/files/',
    });
    expect(config.fileStore).toEqual({
      kind: 's3',
      bucket: 'posyandu-files',
      region: 'us-east-1',
      endpoint: 'https://minio.kab-klaten.go.id:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'posyandu', secretAccessKey: 'rahasia-sekali', sessionToken: undefined },
      prefix: 'spm/files/',
    });
  });

  it('uses the AWS default credentials and virtual-host addresses on AWS itself', () => {
    const config = loadConfig({ ...S3, S3_REGION: 'ap-southeast-3' });
    expect(config.fileStore).toMatchObject({ region: 'ap-southeast-3', forcePathStyle: false, credentials: undefined });
  });

  it('names every wrong variable at once', () => {
    expect(problems({ FILE_STORE: 's3' })).toEqual(['S3_BUCKET']);
    expect(problems({ ...S3, S3_SECRET_ACCESS_KEY: 'x' })).toEqual(['S3_ACCESS_KEY_ID']);
    expect(
      problems({ FILE_STORE: 's3', S3_BUCKET: 'Bukan_Nama', S3_ENDPOINT: 'ftp://x.example', S3_PREFIX: 'a/../b' }),
    ).toEqual(['S3_BUCKET', 'S3_ENDPOINT', 'S3_PREFIX']);
    expect(problems({ FILE_STORE: 'gdrive' })).toEqual(['FILE_STORE']);
    expect(() => loadConfig({ FILE_STORE: 's3' })).toThrow(
      'S3_BUCKET: required when FILE_STORE=s3 (wajib diisi bila FILE_STORE=s3)',
    );
  });
});
