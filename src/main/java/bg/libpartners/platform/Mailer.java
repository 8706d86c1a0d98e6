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
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(to);
        mail.setSubject(messages.getMessage(key + ".subject", args, locale));
        mail.setText(messages.getMessage(key + ".body", args, locale) + "\n\n"
                + messages.getMessage("notification.mail.signature", null, locale));
        try {
            sender.send(mail);
            return true;
        } catch (MailException e) {
            log.warn("Mail '{}' to a recipient could not be sent: {}", key, e.getMessage());
            return false;
        }
    }
}
