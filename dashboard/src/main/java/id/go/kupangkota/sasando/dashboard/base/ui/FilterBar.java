package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;

import java.text.DateFormatSymbols;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The date range (WITA days) and the facets a view offers. A change hands the new filter to the
 * view, which puts it into the URL; {@link #setFilter} fills the fields back from the URL.
 */
public class FilterBar extends FlexLayout {

    /** Facets, by their URL parameter and the translation prefix of their values (null: shown as is). */
    public enum Facet {
        TOPIC(PostFilter.TOPIC, "topic.", Vocabulary.TOPICS),
        SENTIMENT(PostFilter.SENTIMENT, "sentiment.", Vocabulary.SENTIMENTS),
        EMOTION(PostFilter.EMOTION, "emotion.", Vocabulary.EMOTIONS),
        RISK(PostFilter.RISK, "risk.", Vocabulary.RISK_CATEGORIES),
        STANCE(PostFilter.STANCE, "stance.", Vocabulary.STANCES),
        KECAMATAN(PostFilter.KECAMATAN, null, Vocabulary.KECAMATAN),
        SOURCE(PostFilter.SOURCE, Labels.SOURCE, Vocabulary.SOURCES),
        AUTHOR(PostFilter.AUTHOR, null, null),
        TEXT(PostFilter.TEXT, null, null);

        final String parameter;
        final String labelPrefix;
        final List<String> values;

        Facet(String parameter, String labelPrefix, List<String> values) {
            this.parameter = parameter;
            this.labelPrefix = labelPrefix;
            this.values = values;
        }
    }

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Map<Facet, HasValue<?, String>> fields = new EnumMap<>(Facet.class);
    private final Notification adjusted = new Notification("", 6000, Notification.Position.TOP_CENTER);
    /**
     * The address's facets this view has no field for (a link from Pencarian with a kecamatan, say):
     * they still filter every figure, so each shows as a button that removes it. Hidden, a kecamatan's
     * figures read as the city's.
     */
    private final FlexLayout others = new FlexLayout();
    private final Consumer<PostFilter> onChange;
    private PostFilter filter;
    private boolean filling;

    public FilterBar(Set<Facet> facets, Consumer<PostFilter> onChange) {
        this.onChange = onChange;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        from.setId("filter-from");
        to.setId("filter-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(calendar(getLocale(), getTranslation("filter.calendar.today"),
                    getTranslation("filter.calendar.cancel")));
        }
        add(from, to);
        for (Facet facet : Facet.values()) {
            if (facets.contains(facet)) {
                Component field = createField(facet);
                field.setId("filter-" + facet.parameter);
                add(field);
            }
        }
        others.setId("filter-others");
        others.setFlexWrap(FlexWrap.WRAP);
        others.setAlignItems(FlexComponent.Alignment.BASELINE);
        others.getStyle().set("gap", "var(--lumo-space-xs)");
        add(others);
        HasValue.ValueChangeListener<HasValue.ValueChangeEvent<?>> changed = e -> {
            if (!filling && filter != null) {
                onChange.accept(read());
            }
        };
        from.addValueChangeListener(changed::valueChanged);
        to.addValueChangeListener(changed::valueChanged);
        fields.values().forEach(f -> f.addValueChangeListener(changed::valueChanged));
    }

    private Component createField(Facet facet) {
        String label = getTranslation("filter." + facet.parameter);
        if (facet.values != null) {
            ComboBox<String> box = new ComboBox<>(label, facet.values);
            box.setClearButtonVisible(true);
            if (facet.labelPrefix != null) {
                box.setItemLabelGenerator(v -> getTranslation(facet.labelPrefix + v));
            }
            fields.put(facet, box);
            return box;
        }
        TextField text = new TextField(label);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        if (facet == Facet.TEXT) { // the operators PostQueries.text understands
            text.setTooltipText(getTranslation("filter.q.help"));
        }
        fields.put(facet, text);
        return text;
    }

    /**
     * Shows the filter read from the address {@code asked}, and says so when its dates are not the
     * ones asked for (after today, reversed, unreadable): a silent change read as wrong figures.
     */
    public void setFilter(PostFilter f, QueryParameters asked) {
        setFilter(f);
        String askedFrom = asked.getSingleParameter(PostFilter.FROM).orElse(null);
        String askedTo = asked.getSingleParameter(PostFilter.TO).orElse(null);
        if ((askedFrom != null && !askedFrom.equals(f.from().toString()))
                || (askedTo != null && !askedTo.equals(f.to().toString()))) {
            adjusted.setText(getTranslation("filter.adjusted", Dates.day(f.from()), Dates.day(f.to())));
            adjusted.open();
        }
    }

    /** Shows the filter without firing a change. */
    public void setFilter(PostFilter f) {
        filling = true;
        try {
            this.filter = f;
            from.setValue(f.from());
            to.setValue(f.to());
            Map<String, List<String>> p = f.toQuery().getParameters();
            fields.forEach((facet, field) -> {
                List<String> v = p.get(facet.parameter);
                String value = v == null ? null : v.get(0);
                if (field instanceof TextField text) {
                    text.setValue(value == null ? "" : value);
                } else {
                    field.setValue(known(facet, value) ? value : null); // an unknown one: a button below
                }
            });
            showOthers(p);
        } finally {
            filling = false;
        }
    }

    private void showOthers(Map<String, List<String>> parameters) {
        others.removeAll();
        for (Facet facet : Facet.values()) {
            List<String> v = parameters.get(facet.parameter);
            if (v == null || v.isEmpty() || (fields.containsKey(facet) && known(facet, v.get(0)))) {
                continue;
            }
            String value = !known(facet, v.get(0)) ? getTranslation("filter.unknown", v.get(0))
                    : facet.labelPrefix == null ? v.get(0) : getTranslation(facet.labelPrefix + v.get(0));
            Button remove = new Button(getTranslation("filter." + facet.parameter) + ": " + value,
                    VaadinIcon.CLOSE_SMALL.create());
            remove.setIconAfterText(true);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            remove.setTooltipText(getTranslation("filter.other.remove"));
            remove.addClickListener(e -> onChange.accept(read().with(facet.parameter, null)));
            others.add(remove);
        }
        if (others.getComponentCount() > 0) {
            others.addComponentAsFirst(new Span(getTranslation("filter.others")));
        }
        others.setVisible(others.getComponentCount() > 0);
    }

    /** Whether a value of the address is one of the facet's (any value of a free-text facet is). */
    private static boolean known(Facet facet, String value) {
        return value == null || facet.values == null || facet.values.contains(value);
    }

    /** The filter as the fields now say. */
    public PostFilter read() {
        PostFilter f = filter.withRange(
                from.getValue() == null ? filter.from() : from.getValue(),
                to.getValue() == null ? filter.to() : to.getValue());
        for (Map.Entry<Facet, HasValue<?, String>> e : fields.entrySet()) {
            f = f.with(e.getKey().parameter, e.getValue().getValue());
        }
        return f;
    }

    /** The address's filters this view has no field for, each a button that removes it. */
    public FlexLayout others() {
        return others;
    }

    /**
     * The calendar in the UI's language: dates as the tables, the URL and the report write them (not
     * 11/24/2026), month and day names from the JDK's locale data, weeks from Monday like the ISO weeks
     * the report and the roll-ups cut.
     */
    static DatePicker.DatePickerI18n calendar(Locale locale, String today, String cancel) {
        DateFormatSymbols names = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n().setDateFormat(Dates.DAY_PATTERN)
                .setMonthNames(List.of(names.getMonths()).subList(0, 12))
                .setWeekdays(List.of(names.getWeekdays()).subList(1, 8)) // [0] is empty; Sunday first
                .setWeekdaysShort(List.of(names.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(today)
                .setCancel(cancel);
    }

    public DatePicker fromField() {
        return from;
    }

    public HasValue<?, String> field(Facet facet) {
        return fields.get(facet);
    }
}
