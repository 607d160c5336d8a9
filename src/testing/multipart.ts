import { randomBytes } from 'node:crypto';

/** A file of a multipart request: its bytes, or a source of them streamed as they come. */
export interface FilePart { name: string; type: string; data: Buffer | (() => AsyncIterable<Buffer>) }

/**
 * Sends a GraphQL multipart request (the spec's `operations`, `map`, then the files) to `url`,
 * its body streamed, with the preflight header Apollo asks of one unless `preflight` is false.
 */
export async function multipartRequest(
  url: string, key: string | null, query: string, variables: Record<string, unknown>,
  files: Record<string, { paths: string[]; file: FilePart }>, { preflight = true }: { preflight?: boolean } = {},
) {
  const boundary = `----test${randomBytes(8).toString('hex')}`;
  const field = (name: string, value: string) =>
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const map = Object.fromEntries(Object.entries(files).map(([name, { paths }]) => [name, paths]));
  async function* body() {
    yield field('operations', JSON.stringify({ query, variables }));
    yield field('map', JSON.stringify(map));
    for (const [name, { file }] of Object.entries(files)) {
      // A browser sends the name's UTF-8 bytes as they are.
      yield Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`);
      if (Buffer.isBuffer(file.data)) yield file.data;
      else for await (const chunk of file.data()) yield chunk;
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(preflight ? { 'apollo-require-preflight': 'true' } : {}),
    },
    body: ReadableStream.from(body()),
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: await response.json() as { data?: any; errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }> } };
}
