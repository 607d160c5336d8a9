import type http from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { GraphQLError, GraphQLScalarType } from 'graphql';

/**
 * The GraphQL multipart request spec (github.com/jaydenseric/graphql-multipart-request-spec), as
 * Apollo Upload Client and urql send it: a `multipart/form-data` POST whose `operations` field is
 * the JSON request with null where files go, whose `map` field names, per file field, the
 * variable paths it fills, and whose file fields follow, in the order `map` lists them.
 *
 * Files are never buffered: the operation runs while the body is still arriving, and a resolver
 * reads its file from the request as it comes (`FileUpload.open`). Files therefore have to be
 * read in the order the request sends them: when a resolver waits for a later file, an earlier
 * one nobody has asked for is skipped, and whatever is left unread when the operation ends is
 * discarded (`MultipartRequest.finish`).
 */

/** A file as its part of the request gives it: read `stream` to its end (or until refusing it). */
export interface UploadedFile {
  fileName: string;
  /** The part's content type, as the client declared it. */
  mimeType: string;
  stream: Readable;
}

type Delivery = { file: UploadedFile } | { error: GraphQLError };

const uploadError = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** What the `Upload` scalar's value is: one file of a multipart request, read once. */
export class FileUpload {
  private delivery: Delivery | null = null;
  private waiting: ((delivery: Delivery) => void) | null = null;
  private opened = false;

  constructor(readonly fieldName: string, private readonly request: MultipartRequest) {}

  /** The file, once its part arrives; a second call, or a file skipped or never sent, is BAD_USER_INPUT. */
  open(): Promise<UploadedFile> {
    if (this.opened) return Promise.reject(uploadError(`The file "${this.fieldName}" is read once; it cannot fill two arguments.`));
    this.opened = true;
    this.request.claimed(this);
    return new Promise<Delivery>((resolve) => {
      if (this.delivery) resolve(this.delivery);
      else this.waiting = resolve;
    }).then((delivery) => {
      if ('error' in delivery) throw delivery.error;
      return delivery.file;
    });
  }

  /** Whether a resolver waits for this file. */
  get isWaiting(): boolean {
    return this.waiting !== null;
  }

  get isOpened(): boolean {
    return this.opened;
  }

  /** Whether its part has arrived, or it failed. */
  get isSettled(): boolean {
    return this.delivery !== null;
  }

  /** @internal Hands over the file's part, or why there is none. */
  settle(delivery: Delivery): void {
    if (this.delivery) return;
    this.delivery = delivery;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(delivery);
  }

  /** @internal Discards the file's part if it came and nobody opened it; a later `open` fails with `why`. */
  skip(why: GraphQLError): void {
    if (this.opened || !this.delivery || !('file' in this.delivery)) return;
    this.delivery.file.stream.resume();
    this.delivery = { error: why };
  }
}

/** The `Upload` scalar: a file of the request, only ever as a variable of a multipart request. */
export const UploadScalar = new GraphQLScalarType<FileUpload, never>({
  name: 'Upload',
  description: 'A file of a multipart request (GraphQL multipart request spec).',
  parseValue: (value) => {
    if (value instanceof FileUpload) return value;
    throw uploadError('An Upload is sent as a file of a multipart/form-data request (GraphQL multipart request spec), as a variable.');
  },
  parseLiteral: () => {
    throw uploadError('An Upload cannot be written in the query; send it as a variable of a multipart/form-data request.');
  },
  serialize: () => {
    throw new GraphQLError('An Upload is an input only.');
  },
});

export interface MultipartLimits {
  /** The most bytes of `operations` and `map` each. */
  fieldBytes: number;
  /** The most files one request may send. */
  files: number;
  /** The most bytes a file may have: past them, its stream ends after one byte more, for its reader to refuse it. */
  fileBytes: number;
}

export class MultipartRefusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Puts `value` at `path` (`variables.input.file`) in `operations`, where the client left null. */
function place(operations: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  if (segments[0] !== 'variables' || segments.some((segment) => segment === '' || FORBIDDEN_SEGMENTS.has(segment))) {
    throw new MultipartRefusal(400, `The map path "${path}" does not lead into the operation's variables.`);
  }
  let target: unknown = operations;
  for (const segment of segments.slice(0, -1)) {
    target = (target as Record<string, unknown> | null)?.[segment];
    if (target === null || typeof target !== 'object') throw new MultipartRefusal(400, `The map path "${path}" does not lead to a null in the operation's variables.`);
  }
  const last = segments[segments.length - 1];
  if ((target as Record<string, unknown>)[last] !== null) {
    throw new MultipartRefusal(400, `The map path "${path}" does not lead to a null in the operation's variables.`);
  }
  (target as Record<string, unknown>)[last] = value;
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MultipartRefusal(400, `The multipart field "${name}" is not valid JSON.`);
  }
}

/** Whether a request is a multipart one, for the spec. */
export const isMultipartRequest = (request: http.IncomingMessage) =>
  (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');

/**
 * One multipart request being read: its operation, as the JSON body Apollo takes, once `operations`
 * and `map` are read; its files as they come.
 */
export class MultipartRequest {
  private readonly uploads = new Map<string, FileUpload>();
  /** The files whose parts have come, in the order they came. */
  private readonly arrivals: FileUpload[] = [];
  private ended = false;

  private constructor(private readonly request: http.IncomingMessage) {}

  /**
   * Reads `request` up to its first file: the operation with a `FileUpload` at each mapped path.
   * Throws `MultipartRefusal` (with the HTTP status to answer) for a request that breaks the spec
   * or the limits.
   */
  static read(request: http.IncomingMessage, limits: MultipartLimits): Promise<{ body: Record<string, unknown>; multipart: MultipartRequest }> {
    const multipart = new MultipartRequest(request);
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: request.headers,
          // A browser sends a file name's UTF-8 bytes as they are: a Ukrainian name stays readable.
          defParamCharset: 'utf8',
          limits: { fieldSize: limits.fieldBytes, fields: 2, files: limits.files, fileSize: limits.fileBytes + 1, parts: limits.files + 2 },
        });
      } catch (error) {
        reject(new MultipartRefusal(400, `The multipart request cannot be read: ${(error as Error).message}.`));
        return;
      }
      let operations: Record<string, unknown> | null = null;
      let body: Record<string, unknown> | null = null;
      const refuse = (refusal: MultipartRefusal) => {
        if (body) {
          multipart.fail(refusal.message);
        } else {
          reject(refusal);
        }
        request.unpipe(parser);
        parser.removeAllListeners('file');
        parser.removeAllListeners('field');
      };
      parser.on('field', (name, value, info) => {
        try {
          if (info.valueTruncated) throw new MultipartRefusal(413, `The multipart field "${name}" is larger than ${limits.fieldBytes} bytes.`);
          if (name === 'operations' && operations === null) {
            const parsed = parseJson(name, value);
            if (Array.isArray(parsed)) throw new MultipartRefusal(400, 'Batched operations are not accepted; send one operation per request.');
            if (parsed === null || typeof parsed !== 'object') throw new MultipartRefusal(400, 'The multipart field "operations" must be a JSON object.');
            operations = parsed as Record<string, unknown>;
          } else if (name === 'map' && operations !== null && body === null) {
            const map = parseJson(name, value);
            if (map === null || typeof map !== 'object' || Array.isArray(map)) throw new MultipartRefusal(400, 'The multipart field "map" must be a JSON object.');
            for (const [field, paths] of Object.entries(map)) {
              if (!Array.isArray(paths) || paths.length === 0 || !paths.every((path) => typeof path === 'string')) {
                throw new MultipartRefusal(400, `The map entry "${field}" must be a list of variable paths.`);
              }
              const upload = new FileUpload(field, multipart);
              multipart.uploads.set(field, upload);
              for (const path of paths) place(operations, path, upload);
            }
            if (multipart.uploads.size > limits.files) throw new MultipartRefusal(413, `A request may send at most ${limits.files} files.`);
            body = operations;
            resolve({ body, multipart });
          } else {
            throw new MultipartRefusal(400, 'A multipart GraphQL request sends the field "operations", then "map", then its files.');
          }
        } catch (error) {
          refuse(error instanceof MultipartRefusal ? error : new MultipartRefusal(400, String(error)));
        }
      });
      parser.on('file', (name, stream, info) => {
        const upload = multipart.uploads.get(name);
        if (!body || !upload || upload.isSettled) {
          stream.on('error', () => {});
          stream.resume();
          if (!body) refuse(new MultipartRefusal(400, 'A multipart GraphQL request sends the field "operations", then "map", then its files.'));
          return;
        }
        // A file cut off or given up ends with an error its reader sees; one nobody reads must not crash the process.
        stream.on('error', () => {});
        upload.settle({ file: { fileName: info.filename ?? name, mimeType: info.mimeType, stream } });
        multipart.arrived(upload);
      });
      parser.on('filesLimit', () => refuse(new MultipartRefusal(413, `A request may send at most ${limits.files} files.`)));
      parser.on('partsLimit', () => refuse(new MultipartRefusal(413, `A request may send at most ${limits.files} files.`)));
      parser.on('fieldsLimit', () => refuse(new MultipartRefusal(400, 'A multipart GraphQL request sends only the fields "operations" and "map" besides its files.')));
      parser.on('error', (error: Error) => refuse(new MultipartRefusal(400, `The multipart request cannot be read: ${error.message}.`)));
      parser.on('close', () => {
        multipart.ended = true;
        if (!body) reject(new MultipartRefusal(400, 'The multipart request ended before its "operations" and "map" fields.'));
        multipart.fail('The request ended without this file.');
      });
      // A client gone mid-body ends the file being read with an error, rather than leaving its reader waiting.
      request.once('close', () => {
        if (request.complete) return;
        multipart.fail('The request was cut off before this file arrived.');
        parser.destroy(new Error('The request was cut off.'));
      });
      request.pipe(parser);
    });
  }

  /** Whether the whole body has been read. */
  get complete(): boolean {
    return this.ended;
  }

  /** Settles every file still expected with `message`. */
  private fail(message: string): void {
    for (const upload of this.uploads.values()) upload.settle({ error: uploadError(`${message} (file "${upload.fieldName}")`) });
  }

  /** @internal A resolver waits for `upload`: a file that came before it and that nobody asked for will never be read. */
  claimed(upload: FileUpload): void {
    const position = this.arrivals.indexOf(upload);
    const before = position === -1 ? this.arrivals : this.arrivals.slice(0, position);
    for (const other of before) this.skipIfUnread(other);
  }

  /** @internal `upload`'s part has come: when a resolver waits for another file, nobody will read this one. */
  arrived(upload: FileUpload): void {
    this.arrivals.push(upload);
    if (upload.isOpened) return;
    for (const other of this.uploads.values()) {
      if (other.isWaiting) {
        this.skipIfUnread(upload);
        return;
      }
    }
  }

  private skipIfUnread(upload: FileUpload): void {
    upload.skip(uploadError(`The file "${upload.fieldName}" was skipped: files are read in the order the request sends them.`));
  }

  /**
   * Once the operation has run: discards the files nobody read. A body not read to its end by
   * now is not read further; the answer then closes the connection.
   */
  finish(response: http.ServerResponse): void {
    for (const upload of this.uploads.values()) upload.skip(uploadError('The operation has run.'));
    if (!this.ended) {
      response.setHeader('connection', 'close');
      response.once('finish', () => this.request.destroy());
    }
  }
}
