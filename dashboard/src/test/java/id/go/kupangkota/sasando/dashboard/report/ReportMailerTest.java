package id.go.kupangkota.sasando.dashboard.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportMailerTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final byte[] PDF = "%PDF-1.4 a tiny stand-in".getBytes(StandardCharsets.US_ASCII);

    private static SmtpSettings settings(String host, String from, List<String> recipients) {
        return new SmtpSettings(host, smtp.getSmtp().getPort(), null, null, from, recipients, true);
    }

    @Test
    void withoutSmtpSettingsTheMailIsSkippedNotFailed() {
        ReportMailer mailer = new ReportMailer(settings(null, null, List.of()));
        assertThat(mailer.send("Laporan", "isi", "r.pdf", PDF)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aHostWithoutRecipientsIsNotConfiguredEither() {
        assertThat(settings("127.0.0.1", "a@b.id", List.of(" ", "")).configured()).isFalse();
        assertThat(settings("127.0.0.1", null, List.of("x@y.id")).configured()).isFalse();
        assertThat(settings("127.0.0.1", "a@b.id", List.of("x@y.id")).configured()).isTrue();
    }

    @Test
    void sendsTheAttachmentToEveryRecipient() throws Exception {
        ReportMailer mailer = new ReportMailer(settings("127.0.0.1", "sasando@kupangkota.go.id",
                List.of("a@kupangkota.go.id", "b@kupangkota.go.id")));
        List<String> to = mailer.send("Laporan mingguan Sasando 2024-W28", "Terlampir.", "laporan.pdf", PDF);

        assertThat(to).containsExactly("a@kupangkota.go.id", "b@kupangkota.go.id");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Laporan mingguan Sasando 2024-W28");
        assertThat(GreenMailUtil.getBody(received[0])).contains("laporan.pdf");
    }

    @Test
    void aBadPortIsAClearError() {
        assertThatThrownBy(() -> new SmtpSettings("h", 0, null, null, "a@b.id", List.of("x@y.id"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SASANDO_SMTP_PORT");
    }

    @Test
    void thePasswordNeverReachesALogLine() {
        assertThat(new SmtpSettings("h", 25, "u", "rahasia", "a@b.id", List.of("x@y.id"), true).toString())
                .doesNotContain("rahasia").contains("***");
    }
}
