package id.go.kupangkota.sasando.dashboard.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Spring's error page for an address outside the Vaadin views (a report that is not made yet, a
 * malformed week): one page in the bundles' words, Indonesian then English, instead of the whitelabel
 * page with its stack of technical fields.
 */
@Component
class ErrorPages implements ErrorViewResolver {
    private static final String TEMPLATE = read("/sasando/error-page.html");

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String kind = status == HttpStatus.NOT_FOUND ? "404" : status.is4xxClientError() ? "4xx" : "5xx";
        String html = TEMPLATE;
        for (Locale locale : Translations.LOCALES) {
            String suffix = "." + locale.getLanguage() + "}";
            html = html.replace("{title" + suffix, text(locale, "error.page." + kind + ".title"))
                    .replace("{text" + suffix, text(locale, "error.page." + kind + ".text"))
                    .replace("{back" + suffix, text(locale, "error.back"));
        }
        String body = html;
        View view = (m, req, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(body);
        };
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }

    private static String text(Locale locale, String key) {
        return HtmlUtils.htmlEscape(Translations.bundle(locale).getString(key), StandardCharsets.UTF_8.name());
    }

    private static String read(String resource) {
        try (InputStream in = ErrorPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
