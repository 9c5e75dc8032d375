import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createSmtpTransport } from './mail-transport';

describe('createSmtpTransport', () => {
  let server: SMTPServer;
  let port: number;
  const received: { from: string; to: string[]; data: string }[] = [];
  let refuse: string | null = null;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: false,
      disabledCommands: ['STARTTLS'],
      onAuth: (auth, _session, callback) =>
        auth.username === 'monitor' && auth.password === 'Brief-Kasten-42'
          ? callback(null, { user: auth.username })
          : callback(new Error('Invalid username or password')),
      onRcptTo: (address, _session, callback) =>
        address.address === refuse ? callback(new Error('mailbox unavailable')) : callback(),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            data: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers text, HTML and extra headers from the configured sender with the URL credentials', async () => {
    const transport = createSmtpTransport(
      `smtp://monitor:Brief-Kasten-42@127.0.0.1:${port}`,
      'Monitor <monitor@example.org>',
    );
    await transport.send({
      to: 'editor@example.org',
      subject: 'Zu erledigen: 2 Hinweise',
      text: 'Hallo',
      html: '<p>Hallo</p>',
      headers: { 'List-Unsubscribe': '<https://example.org/u>' },
    });
    transport.close();
    expect(received).toHaveLength(1);
    expect(received[0].from).toBe('monitor@example.org');
    expect(received[0].to).toEqual(['editor@example.org']);
    expect(received[0].data).toContain('List-Unsubscribe: <https://example.org/u>');
    expect(received[0].data).toContain('Content-Type: text/html');
  });

  it('rejects when the server refuses the recipient or the credentials', async () => {
    refuse = 'gone@example.org';
    const transport = createSmtpTransport(`smtp://monitor:Brief-Kasten-42@127.0.0.1:${port}`, 'monitor@example.org');
    await expect(
      transport.send({ to: 'gone@example.org', subject: 's', text: 't', html: '<p>t</p>', headers: {} }),
    ).rejects.toThrow(/mailbox unavailable/);
    transport.close();
    const wrong = createSmtpTransport(`smtp://monitor:falsch@127.0.0.1:${port}`, 'monitor@example.org');
    await expect(
      wrong.send({ to: 'a@example.org', subject: 's', text: 't', html: '<p>t</p>', headers: {} }),
    ).rejects.toThrow();
    wrong.close();
  });
});
