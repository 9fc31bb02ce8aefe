package id.go.kupangkota.sasando.dashboard.base.i18n;

/**
 * Bad input refused by a service, with the rule it broke as a translation key and parameters (the view
 * shows {@code getTranslation(key(), params())}); the message, in English, is for logs and tests.
 * An {@link IllegalArgumentException}, as every refused input of Sasando's services is.
 */
public class TranslatableException extends IllegalArgumentException {
    private final String key;
    private final transient Object[] params;

    public TranslatableException(String message, String key, Object... params) {
        super(message);
        this.key = key;
        this.params = params.clone();
    }

    public String key() {
        return key;
    }

    public Object[] params() {
        return params.clone();
    }
}
