package bg.libpartners.platform;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text e-mail in the recipient's language. A mail server that is down must not undo the work that
 * caused the mail, so failures are logged and reported, never thrown.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up through the ServiceLoader each time it encodes a header or a
        // body, and in the packaged jar that scans every library jar each time (jakartaee/mail-api#861): under load a
        // mail cost more than the request that caused it, and the scans held locks every request thread waited on.
        // Named by a system property, it is loaded by its class name instead (the lookup's first rule).
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final LibPartnersProperties properties;

    Mailer(JavaMailSender sender, MessageSource messages, LibPartnersProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * Sends the message {@code key + ".subject"} / {@code key + ".body"} with the arguments.
     *
     * @return whether the mail server accepted it
     */
    public boolean send(String to, Locale locale, String key, Object... args) {
        return sendText(
                to,
                locale,
                messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale));
    }

    /**
     * Sends a subject and text already rendered in the recipient's language (the notification module's notices and
     * digests), with the signature below.
     *
     * @return whether the mail server accepted it
     */
    public boolean sendText(String to, Locale locale, String subject, String text) {
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText(text + "\n\n" + messages.getMessage("notification.mail.signature", null, locale));
        try {
            sender.send(mail);
            return true;
        } catch (MailException e) {
            log.warn("A mail to a recipient could not be sent: {}", e.getMessage());
            return false;
        }
    }
}
