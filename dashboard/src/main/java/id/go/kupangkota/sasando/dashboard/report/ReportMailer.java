package id.go.kupangkota.sasando.dashboard.report;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * E-mails a weekly report PDF to the configured recipients over SMTP ({@link SmtpSettings}). Mail is
 * a courtesy on top of the archive: when SMTP is not configured it is skipped with an info line.
 */
@Component
class ReportMailer {
    private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

    private final SmtpSettings settings;
    private final JavaMailSenderImpl sender;

    ReportMailer(SmtpSettings settings) {
        this.settings = settings;
        this.sender = settings.configured() ? sender(settings) : null;
    }

    /**
     * Sends the report; returns the recipients, or an empty list when mail is not configured.
     *
     * @throws MailException when the server refuses or cannot be reached
     */
    List<String> send(String subject, String body, String fileName, byte[] pdf) {
        if (sender == null) {
            log.info("SMTP not configured (SASANDO_SMTP_HOST, SASANDO_SMTP_RECIPIENTS, SASANDO_SMTP_FROM): "
                    + "report '{}' not e-mailed", subject);
            return List.of();
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(settings.sender());
            mail.setTo(settings.recipients().toArray(String[]::new));
            mail.setSubject(subject);
            mail.setText(body);
            mail.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build the report mail (check SASANDO_SMTP_FROM and "
                    + "SASANDO_SMTP_RECIPIENTS): " + e.getMessage(), e);
        }
        sender.send(message);
        log.info("report '{}' e-mailed to {}", subject, settings.recipients());
        return settings.recipients();
    }

    private static JavaMailSenderImpl sender(SmtpSettings s) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(s.host());
        sender.setPort(s.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties props = sender.getJavaMailProperties();
        if (s.user() != null && !s.user().isBlank()) {
            sender.setUsername(s.user());
            sender.setPassword(s.password());
            props.put("mail.smtp.auth", "true");
        }
        props.put("mail.smtp.starttls.enable", Boolean.toString(s.starttls()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        return sender;
    }
}
