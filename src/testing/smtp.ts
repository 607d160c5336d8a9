import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { freePort } from '../lib/free-port.js';

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  from: string;
  recipients: string[];
  raw: string;
}

export interface TestSmtp {
  port: number;
  /** SMTP_URL for this server, with its user and password. */
  url: string;
  received: ReceivedMail[];
  /** Recipient addresses refused so far (while `refuseRecipients`). */
  refused: string[];
  /** While true, every RCPT TO is answered 550; may be changed while the server runs. */
  refuseRecipients: boolean;
  stop(): Promise<void>;
}

export const SMTP_USER = 'crm';
export const SMTP_PASSWORD = 'secret';

/**
 * A real SMTP server on 127.0.0.1 for one test (the `smtp-server` package), plain text with
 * AUTH PLAIN/LOGIN as `crm`/`secret`; `refuseRecipients` answers 550 to every RCPT TO.
 * `port` reuses a port (to bring a server up where one was down).
 */
export async function startTestSmtp(options: { refuseRecipients?: boolean; port?: number } = {}): Promise<TestSmtp> {
  const port = options.port ?? await freePort();
  const received: ReceivedMail[] = [];
  const refused: string[] = [];
  const settings: SMTPServerOptions = {
    // No TLS in a test: STARTTLS off, and AUTH allowed over the plain connection.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    // A stopped test server drops connections at once rather than waiting 30 s for them to end.
    closeTimeout: 100,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (!smtp.refuseRecipients) return callback();
      refused.push(address.address);
      const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
      error.responseCode = 550;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  };
  const server = new SMTPServer(settings);
  const smtp: TestSmtp = {
    port,
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    received,
    refused,
    refuseRecipients: options.refuseRecipients ?? false,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return smtp;
}

/** One MIME part: its headers (names in lower case, folded lines unfolded) and its decoded body. */
export interface MimePart {
  headers: Record<string, string>;
  body: Buffer;
  parts: MimePart[];
}

/** Reads a message into its parts: enough MIME for the tests (multipart, base64, quoted-printable). */
export function parseMail(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const text = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary && /^multipart\//i.test(headers['content-type'])) {
    const pieces = text.split(`--${boundary}`).slice(1, -1).map((piece) => piece.replace(/^\r\n/, '').replace(/\r\n$/, ''));
    return { headers, body: Buffer.alloc(0), parts: pieces.map(parseMail) };
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const body = encoding === 'base64' ? Buffer.from(text.replace(/\s+/g, ''), 'base64')
    : encoding === 'quoted-printable' ? Buffer.from(text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
      : Buffer.from(text, 'utf8');
  return { headers, body, parts: [] };
}

/** Every leaf part of a message, depth first. */
export const leafParts = (part: MimePart): MimePart[] => (part.parts.length === 0 ? [part] : part.parts.flatMap(leafParts));
