package bg.libpartners;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of the tests (GreenMail) listens on {@code test.smtp.port} (3025 unless given), the port
 * {@code application-test.properties} sends to; a second build on the same machine passes another port
 * ({@code ./mvnw verify -Dtest.smtp.port=3125}) so that the two do not share one mailbox.
 */
public final class TestMail {

    public static final ServerSetup SMTP =
            new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestMail() {}
}
