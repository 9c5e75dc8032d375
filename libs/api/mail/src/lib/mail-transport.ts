import { createTransport, type Transporter } from 'nodemailer';

/** One message: the plain text and the HTML form of the same content, and extra headers (List-Unsubscribe). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Hands messages to a mail server; `send` rejects when the server is down or refuses the recipient. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer: `smtp://` (STARTTLS when the server offers it) or `smtps://` (TLS from the start), with
 * the credentials in the URL. Short timeouts: a mail server that hangs must not hold up the scheduler's run.
 */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter: Transporter = createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail({ ...mail, from });
    },
    close() {
      transporter.close();
    },
  };
}
