package dev.dossier.scheduler;

/**
 * The SMTP server editions are mailed through, and the owner who hears about failed runs.
 *
 * @param owner address that gets a message when a run fails after its retries; null for nobody
 * @param user  SMTP login, or null for none; the password is never printed
 */
public record MailSettings(String host, int port, String from, String owner, String user, String password) {

    @Override
    public String toString() {
        return "smtp://" + (user == null ? "" : user + ":***@") + host + ":" + port;
    }
}
