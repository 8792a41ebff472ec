package news.dispatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The filters of a search on the command line, shared by {@code search} and {@code export}. */
final class FilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--person", description = "Only articles naming this person (repeatable; any of them unless --all-of person).")
    List<String> persons = new ArrayList<>();

    @Option(names = "--country", description = "Only articles naming this country (repeatable; any of them unless --all-of country).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--language", paramLabel = "CODE",
            description = "Only articles in this language, an ISO 639-1 code such as en, ru, ar (repeatable; any of them).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--source", paramLabel = "OUTLET",
            description = "Only articles of this outlet, as the sources facet names it, e.g. Reuters (repeatable; any of them).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--with", paramLabel = "DIM=VALUE",
            description = "Only articles naming VALUE in any entity dimension, e.g. --with organization=NATO, or carrying it "
                    + "in a field of their input, e.g. --with meta.bias=left (repeatable).")
    List<String> with = new ArrayList<>();

    @Option(names = "--without", paramLabel = "DIM=VALUE",
            description = "Leave out articles naming VALUE, e.g. --without \"person=Joe Biden\" (repeatable).")
    List<String> without = new ArrayList<>();

    @Option(names = "--all-of", paramLabel = "DIM",
            description = "Articles must name every value given for DIM (person, country, …), not just one (repeatable).")
    List<String> allOf = new ArrayList<>();

    @Option(names = "--mentions", paramLabel = "about|all",
            description = "Entity filters read the entities an article is about (default) or all it mentions.")
    String mentions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DayConverter.class, description = "First day included.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DayConverter.class, description = "Last day included.")
    LocalDate to;

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder. Default: index in the install folder")
    Path index = InstallFolder.resolve("index");

    /** The entity filters by dimension; an unknown dimension is a usage error naming the known ones. */
    Map<String, EntityFilter> entities() {
        List<String> dims = Schema.filterDims();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<String>> excluded = new LinkedHashMap<>();
        dims.forEach(d -> {
            values.put(d, new ArrayList<>());
            excluded.put(d, new ArrayList<>());
        });
        values.get(Schema.PERSONS_DIM).addAll(persons);
        values.get(Schema.COUNTRIES_DIM).addAll(countries);
        values.get(Schema.LANGUAGES_DIM).addAll(languages);
        values.get(Schema.SOURCES_DIM).addAll(sources);
        for (String w : with) values.computeIfAbsent(dim(pair(w)[0]), d -> new ArrayList<>()).add(pair(w)[1]);
        for (String w : without) excluded.computeIfAbsent(dim(pair(w)[0]), d -> new ArrayList<>()).add(pair(w)[1]);
        List<String> all = allOf.stream().map(this::dim).toList();
        Map<String, EntityFilter> filters = new LinkedHashMap<>();
        java.util.Set<String> named = new java.util.LinkedHashSet<>(dims);
        named.addAll(values.keySet());
        named.addAll(excluded.keySet());
        for (String d : named) {
            filters.put(d, new EntityFilter(values.getOrDefault(d, List.of()),
                    all.contains(d) ? EntityFilter.Match.ALL : EntityFilter.Match.ANY, excluded.getOrDefault(d, List.of())));
        }
        return filters;
    }

    SearchRequest request(String query, SearchRequest.Sort sort, int size) {
        if (from != null && to != null && from.isAfter(to)) throw usage("--from " + from + " is after --to " + to + ".");
        MentionScope which;
        try {
            which = mentions == null ? null : MentionScope.parse(mentions);
        } catch (BadRequestException e) {
            throw usage(e.getMessage().replace("'mentions'", "--mentions"));
        }
        return new SearchRequest(query, entities(), from, to, sort, size, 1, null, 10, which, false);
    }

    private String[] pair(String option) {
        int eq = option.indexOf('=');
        if (eq <= 0 || eq == option.length() - 1) throw usage("'" + option + "' is not DIM=VALUE (e.g. person=Joe Biden).");
        return new String[] {option.substring(0, eq).strip(), option.substring(eq + 1).strip()};
    }

    private String dim(String name) {
        // A field of the articles' input: meta.bias, as the API names it.
        if (Schema.carriedName(name) != null) return name;
        String dim = EntityFilter.dimOf(name, Schema.filterDims());
        if (dim == null) {
            throw usage("'" + name + "' is no entity dimension; use one of " + String.join(", ",
                    Schema.filterDims().stream().map(EntityFilter::param).toList()) + ".");
        }
        return dim;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
