package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;

/** A link that streams a file as it is written: large exports never sit in memory. */
public final class Downloads {
    private Downloads() {
    }

    /** Writes the whole file to the stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static Anchor anchor(String text, String fileName, String contentType, Body body) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                body.writeTo(out);
            }
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, text);
    }
}
