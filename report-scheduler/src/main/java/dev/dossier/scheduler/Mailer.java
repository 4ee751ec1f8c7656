package dev.dossier.scheduler;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Sends mail over SMTP with Jakarta Mail (Angus Mail): an edition's PDF to one recipient, or a
 * failure notice to the owner. One message per recipient, so each delivery succeeds or fails alone.
 */
public final class Mailer {

    private final MailSettings settings;
    private final Session session;

    public Mailer(MailSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", "10000");
        p.setProperty("mail.smtp.timeout", "30000");
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.user() != null));
        this.session = Session.getInstance(p);
    }

    /** The failure notices' recipient, or null. */
    public String owner() {
        return settings.owner();
    }

    /** Sends {@code pdf} as an attachment to {@code to}. @throws MessagingException when the server refuses it */
    public void sendEdition(String to, String subject, String body, Path pdf) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new FileDataSource(pdf.toFile())));
        attachment.setFileName(pdf.getFileName().toString());
        MimeMultipart parts = new MimeMultipart(text, attachment);
        send(to, subject, parts, null);
    }

    /** Sends a plain-text message. */
    public void sendText(String to, String subject, String body) throws MessagingException {
        send(to, subject, null, body);
    }

    private void send(String to, String subject, MimeMultipart parts, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        m.setSubject(subject, "UTF-8");
        if (parts != null) {
            m.setContent(parts);
        } else {
            m.setText(text, "UTF-8");
        }
        if (settings.user() != null) {
            Transport.send(m, settings.user(), settings.password());
        } else {
            Transport.send(m);
        }
    }
}
