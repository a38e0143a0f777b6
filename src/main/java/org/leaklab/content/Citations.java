package org.leaklab.content;

import static org.leaklab.content.PackFields.child;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.leaklab.content.JsonNode.JArray;
import org.leaklab.content.JsonNode.JObject;
import org.leaklab.content.JsonNode.JString;

/**
 * The sources a pack declares and the ones its elements cite: reads every citation, checks it
 * names a declared source, and in the end warns about each source that nothing cites.
 */
final class Citations {
    private final PackFields fields;
    private final ProblemCollector problems;
    private final Set<String> sourceIds;
    /** Every source id some element cites, so that a source cited nowhere can be reported. */
    private final Set<String> citedSources = new HashSet<>();

    Citations(PackFields fields, Set<String> sourceIds) {
        this.fields = fields;
        this.problems = fields.problems();
        this.sourceIds = sourceIds;
    }

    /** One required source id in field {@code name}, or null after reporting the problem. */
    String source(JObject o, String path, String name) {
        String source = fields.reference(o, path, name, sourceIds, Noun.SOURCE);
        if (source != null) {
            citedSources.add(source);
        }
        return source;
    }

    /** A required array of at least {@code min} source ids in field {@code name}, or null after reporting. */
    List<String> sources(JObject o, String path, String name, int min) {
        List<String> ids = fields.references(o, path, name, sourceIds, Noun.SOURCE, min);
        if (ids != null) {
            citedSources.addAll(ids);
        }
        return ids;
    }

    /**
     * The {@code sources} of an element. A missing field is a warning (every element of a case
     * should say what it rests on); an empty list says on purpose that it rests on no source.
     */
    List<String> citedSources(JObject o, String path, Phrase what) {
        return citedSources(o, path, "sources", what);
    }

    /** {@code what} names the element: "role" in English, "diese Rolle" in German ({@code content.cited.*}). */
    List<String> citedSources(JObject o, String path, String field, Phrase what) {
        if (!o.members().containsKey(field)) {
            problems.warning(path, "content.missingSources", field, what);
            return List.of();
        }
        return sources(o, path, field, 0);
    }

    /** A source that nothing cites is either a forgotten citation or a source the case does not need. */
    void warnAboutUncitedSources(JObject pack) {
        if (!(pack.members().get("sources") instanceof JArray array)) {
            return;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            if (array.elements().get(i) instanceof JObject o && o.members().get("id") instanceof JString s
                    && !citedSources.contains(s.value())) {
                problems.warning(child(child("$", "sources") + "[" + i + "]", "id"), "content.uncited", s.value());
            }
        }
    }
}
