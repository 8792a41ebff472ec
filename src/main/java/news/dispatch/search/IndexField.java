package news.dispatch.search;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import news.dispatch.index.Schema;

/**
 * A field a reader can use, as {@code /api/fields} lists it: the index's own and every field the articles' inputs
 * carry ({@link Schema#carriedField}).
 *
 * @param name       as written in a query ({@code person:"Joe Biden"}, {@code bias:left})
 * @param kind       text, date, entity, outlet, name, language, or carried (a field of the input, kept as given)
 * @param searchable whether {@code name:value} searches it in the query language
 * @param facet      whether searches count its values ({@code facets.<dim>}, or {@code facets.fields.<name>} for a
 *                   carried field)
 * @param filter     the search parameter that filters on it ({@code person}, {@code meta.bias}, {@code from/to}), or
 *                   null
 * @param values     distinct values in the index (carried fields only)
 * @param articles   articles carrying it (carried fields only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexField(String name, String kind, boolean searchable, boolean facet, String filter, Integer values,
                         Integer articles) {

    /** The fields every index has, whatever its articles carry. */
    public static List<IndexField> builtIn() {
        List<IndexField> fields = new ArrayList<>();
        fields.add(new IndexField(Schema.TITLE, "text", true, false, null, null, null));
        fields.add(new IndexField(Schema.BODY, "text", true, false, null, null, null));
        fields.add(new IndexField(Schema.DATE, "date", false, true, "from/to", null, null));
        fields.add(new IndexField(Schema.PERSON, "entity", true, true, Schema.PERSON, null, null));
        fields.add(new IndexField(Schema.COUNTRY, "entity", true, true, Schema.COUNTRY, null, null));
        fields.add(new IndexField(Schema.ORGANIZATION, "entity", true, true, Schema.ORGANIZATION, null, null));
        fields.add(new IndexField(Schema.SOURCE, "outlet", true, true, Schema.SOURCE, null, null));
        fields.add(new IndexField(Schema.AUTHOR, "name", true, false, null, null, null));
        fields.add(new IndexField(Schema.LANGUAGE, "language", false, true, Schema.LANGUAGE, null, null));
        return fields;
    }

    /**
     * A carried field with {@code values} distinct values over {@code articles} articles. A facet when its values are
     * few ({@link Schema#MAX_FACET_VALUES}) and repeat: at most 20 values, or at most one per two articles carrying
     * the field, so that an identifier or a headline (one value per article) is no facet however small the corpus.
     */
    public static IndexField carried(String name, int values, int articles) {
        boolean facet = values <= Schema.MAX_FACET_VALUES && (values <= 20 || 2L * values <= articles);
        return new IndexField(name, "carried", true, facet, Schema.carriedField(name), values, articles);
    }

    /** The facet dimension of a carried field. */
    String dim() {
        return Schema.carriedField(name);
    }
}
