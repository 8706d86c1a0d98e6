package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail finds its stream provider by the class name the mailer sets, not by a ServiceLoader scan of every jar
 * on each encoded header; the provider found is the one the ServiceLoader would give, and Bulgarian still encodes.
 */
class MailerStreamProviderTest {

    @Test
    void theStreamProviderIsNamedOnceAndStillEncodesBulgarianSubjects() throws Exception {
        Class.forName(Mailer.class.getName()); // its static initialiser names the provider
        assertThat(System.getProperty(Mailer.STREAM_PROVIDER))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(StreamProvider.provider().getClass().getName())
                .isEqualTo(System.getProperty(Mailer.STREAM_PROVIDER));
        String encoded = MimeUtility.encodeText("Покана: регионална среща", "UTF-8", "B");
        assertThat(encoded).startsWith("=?UTF-8?B?");
        assertThat(MimeUtility.decodeText(encoded)).isEqualTo("Покана: регионална среща");
    }
}
