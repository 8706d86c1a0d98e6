package bg.libpartners.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for the benchmarks (GreenMail, on this machine only): it accepts every mail on the given port
 * (default 2525) until stopped, and prints how many it received every ten seconds and when it stops.
 *
 * <pre>java -cp … bg.libpartners.bench.MailSink [PORT]</pre>
 */
public final class MailSink {

    private MailSink() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 2525;
        var mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("mails received: " + mail.getReceivedMessages().length);
            mail.stop();
        }));
        System.out.println("SMTP ready on port " + port);
        while (true) {
            Thread.sleep(10_000);
            System.out.println("mails received: " + mail.getReceivedMessages().length);
        }
    }
}
