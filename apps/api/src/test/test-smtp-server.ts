import { ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
  /** The raw header lines, unfolded, by lower-case name. */
  headers: Map<string, string>;
}

/**
 * A real SMTP server in the test process (smtp-server), with the credentials the API is given in SMTP_URL. It keeps
 * every message it accepts; `down` makes it refuse every message (a mail server in trouble), `refuse` one recipient.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  down = false;
  readonly refused = new Set<string>();
  private server!: SMTPServer;
  port = 0;

  static readonly user = 'monitor';
  static readonly password = 'Brief-Kasten-42';

  get url(): string {
    return `smtp://${TestSmtpServer.user}:${TestSmtpServer.password}@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, callback) =>
        auth.username === TestSmtpServer.user && auth.password === TestSmtpServer.password
          ? callback(null, { user: auth.username })
          : callback(new Error('Invalid username or password')),
      onMailFrom: (_address, _session, callback) =>
        this.down ? callback(Object.assign(new Error('service not available'), { responseCode: 421 })) : callback(),
      onRcptTo: (address, _session, callback) =>
        this.refused.has(address.address)
          ? callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }))
          : callback(),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (parsed) => {
              const head = raw
                .toString('utf8')
                .split(/\r?\n\r?\n/)[0]
                .replace(/\r?\n[ \t]+/g, ' ');
              const headers = new Map(
                head.split(/\r?\n/).map((line) => {
                  const colon = line.indexOf(':');
                  return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
                }),
              );
              this.received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed, headers });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  /** The messages to one address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
