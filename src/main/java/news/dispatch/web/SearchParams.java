package news.dispatch.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.javalin.http.Context;
import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.MentionScope;
import news.dispatch.search.QueryLimits;
import news.dispatch.search.SearchRequest;

/**
 * Reads and checks the query-string parameters of the search endpoints. Every wrong value is a
 * {@link BadRequestException} naming the parameter; unknown parameters are reported back as warnings.
 */
final class SearchParams {
    static final Set<String> SEARCH = withEntityParams("q", "from", "to", "sort", "size", "page", "cursor", "facets",
            "format", "collapse");
    private static final int MAX_VALUE_LENGTH = 300;

    private final Map<String, List<String>> params;

    SearchParams(Context ctx) {
        this.params = ctx.queryParamMap();
    }

    /** Parameters decoded from elsewhere than the request's own query string (a timeline's series). */
    SearchParams(Map<String, List<String>> params) {
        this.params = params;
    }

    SearchRequest request() {
        LocalDate from = single("from", SearchParams::date);
        LocalDate to = single("to", SearchParams::date);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("from (" + from + ") is after to (" + to + ").");
        }
        Integer size = single("size", v -> number("size", v, 1, SearchRequest.MAX_SIZE));
        Integer page = single("page", v -> number("page", v, 1, 10_000));
        Integer facets = single("facets", v -> number("facets", v, 0, 100));
        String q = single("q", v -> v);
        return new SearchRequest(q, filters(), from, to, single("sort", SearchParams::sort),
                size == null ? SearchRequest.DEFAULT_SIZE : size, page == null ? 1 : page, single("cursor", v -> v),
                facets == null ? SearchRequest.DEFAULT_FACETS : facets, single(MentionScope.PARAM, MentionScope::parse),
                // One hit per story unless collapse=false: twenty copies of one wire story are one result.
                !Boolean.FALSE.equals(single("collapse", SearchParams::bool)));
    }

    /**
     * The filter of each entity dimension: {@code person=} values (repeatable), {@code person_op=or|and} (any of /
     * all of, default or) and {@code not_person=} (also {@code -person=}) values to exclude; likewise
     * {@code country}, {@code organization}, {@code language} and any dimension the schema has.
     */
    Map<String, EntityFilter> entityFilters() {
        Map<String, EntityFilter> filters = new LinkedHashMap<>();
        for (String dim : Schema.filterDims()) {
            filters.put(dim, filter(EntityFilter.param(dim)));
        }
        return filters;
    }

    /**
     * {@link #entityFilters}, plus those of the carried fields ({@code meta.bias=left}, {@code not_meta.topic=…},
     * {@code meta.topic_op=and}): their names are the corpus's, not known in advance, so any well-formed one is
     * read (a field no article carries filters everything out, as an unknown person does).
     */
    Map<String, EntityFilter> filters() {
        Map<String, EntityFilter> filters = entityFilters();
        for (String dim : carriedDims()) filters.put(dim, filter(dim));
        return filters;
    }

    /** The filter the parameters {@code name}, {@code name_op}, {@code not_name} and {@code -name} give. */
    private EntityFilter filter(String name) {
        List<String> excluded = new ArrayList<>(many("not_" + name));
        many("-" + name).stream().filter(v -> !excluded.contains(v)).forEach(excluded::add);
        return new EntityFilter(many(name), match(name), excluded);
    }

    /** The carried-field dimensions the parameters name ({@code meta.bias} of {@code not_meta.bias}, …), at most 20. */
    private java.util.SortedSet<String> carriedDims() {
        java.util.SortedSet<String> dims = new java.util.TreeSet<>();
        for (String name : params.keySet()) {
            String dim = carriedDim(name);
            if (dim == null) continue;
            // A field of the corpus's own may end in "_op" (desk_op): meta.desk_op is its filter, and the mode switch
            // of meta.desk only when meta.desk itself is filtered too.
            if (name.endsWith("_op") && !name.startsWith("not_") && !name.startsWith("-") && !filtered(dim)
                    && Schema.carriedName(name) != null) {
                dim = name;
            }
            dims.add(dim);
        }
        if (dims.size() > 20) throw new BadRequestException("Filters on " + dims.size() + " fields (at most 20).");
        return dims;
    }

    /** Whether the request names values of {@code dim} to keep or to leave out. */
    private boolean filtered(String dim) {
        return params.containsKey(dim) || params.containsKey("not_" + dim) || params.containsKey("-" + dim);
    }

    /** Whether the names given for {@code param} must all be there ({@code param_op=and}) or any of them (or). */
    private EntityFilter.Match match(String param) {
        return single(param + "_op", v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "or", "any" -> EntityFilter.Match.ANY;
            case "and", "all" -> EntityFilter.Match.ALL;
            default -> throw new BadRequestException("'" + param + "_op' must be or (any of the values) or and (all "
                    + "of them), not '" + v + "'.");
        });
    }

    /**
     * The carried field's dimension a filter parameter is about ({@code meta.bias}, {@code not_meta.bias},
     * {@code -meta.bias}, {@code meta.bias_op} → {@code meta.bias}), or null when it is none.
     */
    private static String carriedDim(String param) {
        boolean negated = param.startsWith("not_") || param.startsWith("-");
        String dim = param.startsWith("not_") ? param.substring(4) : negated ? param.substring(1) : param;
        // Only meta.X_op itself can be a mode switch; not_meta.X_op leaves out values of a field named X_op.
        if (!negated && dim.endsWith("_op")) dim = dim.substring(0, dim.length() - 3);
        return Schema.carriedName(dim) != null ? dim : null;
    }

    /**
     * The given parameter names plus every entity dimension's filter parameters and {@code mentions} (which entities
     * those filters read), so every endpoint that filters by entity takes it.
     */
    static Set<String> withEntityParams(String... names) {
        Set<String> all = new java.util.HashSet<>(List.of(names));
        all.add(MentionScope.PARAM);
        for (String dim : Schema.filterDims()) {
            String p = EntityFilter.param(dim);
            all.addAll(List.of(p, p + "_op", "not_" + p, "-" + p));
        }
        return Set.copyOf(all);
    }

    /** One sentence per parameter this endpoint does not know, at most {@link QueryLimits#MAX_WARNINGS}. */
    List<String> unknown(Set<String> known) {
        return unknown(known, "was ignored");
    }

    /**
     * For the endpoints that refuse an unknown parameter (a file is no place for a warning): a 400 naming each, which
     * must not claim it "was ignored" as a search's warning does.
     */
    void refuseUnknown(Set<String> known, String where) {
        List<String> refused = unknown(known, "is not taken here");
        if (!refused.isEmpty()) throw new BadRequestException(where + String.join(" ", refused));
    }

    private List<String> unknown(Set<String> known, String outcome) {
        List<String> sentences = new ArrayList<>();
        for (String name : params.keySet()) {
            if (!known.contains(name) && !(known.contains(MentionScope.PARAM) && carriedDim(name) != null)) {
                String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
                sentences.add("Unknown parameter '" + shown + "' " + outcome + "; known: " + String.join(", ",
                        known.stream().sorted().toList()) + ".");
            }
        }
        return capped(sentences);
    }

    /** The first {@link QueryLimits#MAX_WARNINGS} warnings, and a last one counting the rest. */
    static List<String> capped(List<String> warnings) {
        if (warnings.size() <= QueryLimits.MAX_WARNINGS) return warnings;
        List<String> shown = new ArrayList<>(warnings.subList(0, QueryLimits.MAX_WARNINGS - 1));
        shown.add("… and " + (warnings.size() - shown.size()) + " more warnings like these.");
        return shown;
    }

    <T> T single(String name, Function<String, T> parse) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) throw new BadRequestException("'" + name + "' was given " + values.size() + " times; give it once.");
        if (values.isEmpty() || values.getFirst().isBlank()) return null;
        String value = values.getFirst();
        if (!name.equals("q") && !name.equals("cursor") && value.length() > MAX_VALUE_LENGTH) {
            throw new BadRequestException("'" + name + "' is too long.");
        }
        return parse.apply(value.strip());
    }

    List<String> many(String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (values.size() > 50) throw new BadRequestException("Too many '" + name + "' filters (at most 50).");
        if (values.stream().anyMatch(v -> v.length() > MAX_VALUE_LENGTH)) {
            throw new BadRequestException("A '" + name + "' value is too long.");
        }
        return values;
    }

    static Boolean bool(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequestException("'" + value + "' is not true or false.");
        };
    }

    private static LocalDate date(String value) {
        try {
            LocalDate day = LocalDate.parse(value);
            // Beyond four-digit years a day no longer fits the index's millisecond dates.
            if (day.getYear() < 0 || day.getYear() > 9999) {
                throw new BadRequestException("'" + value + "' is out of range; give a day from 0000-01-01 to 9999-12-31.");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2022-12-02.");
        }
    }

    static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // Reported below with the range.
        }
        throw new BadRequestException("'" + name + "' must be a whole number from " + min + " to " + max + ", not '"
                + value + "'.");
    }

    private static SearchRequest.Sort sort(String value) {
        return switch (value) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "-date", "newest" -> SearchRequest.Sort.NEWEST;
            case "date", "oldest" -> SearchRequest.Sort.OLDEST;
            default -> throw new BadRequestException("'sort' must be relevance, -date (newest first) or date (oldest "
                    + "first), not '" + value + "'.");
        };
    }
}
