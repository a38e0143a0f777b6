package org.leaklab.content;

/**
 * The things a case pack is made of, in the forms the problem texts need them: "an item" (an
 * object of it is expected), "items" (an array of them), "item" (one of them), "the id of an
 * item" and "item ids". German inflects them, so each form is a key of its own; a form a thing
 * never takes in a message is {@code null}.
 */
enum Noun {
    SOURCE("content.noun.source.a", "content.noun.source.many", "content.noun.source.one",
            "content.noun.source.id", "content.noun.source.ids"),
    ATTRIBUTE("content.noun.attribute.a", "content.noun.attribute.many", "content.noun.attribute.one", null, null),
    ROLE("content.noun.role.a", "content.noun.role.many", "content.noun.role.one", null, null),
    LESSON("content.noun.lesson.a", "content.noun.lesson.many", "content.noun.lesson.one",
            "content.noun.lesson.id", null),
    ITEM("content.noun.item.a", "content.noun.item.many", "content.noun.item.one",
            "content.noun.item.id", "content.noun.item.ids"),
    PERSPECTIVE("content.noun.perspective.a", "content.noun.perspective.many", "content.noun.perspective.one",
            "content.noun.perspective.id", null),
    SCENARIO("content.noun.scenario.a", "content.noun.scenario.many", "content.noun.scenario.one",
            "content.noun.scenario.id", "content.noun.scenario.ids"),
    LESSON_PLAN("content.noun.lessonPlan.a", "content.noun.lessonPlan.many", "content.noun.lessonPlan.one",
            null, null),
    EVENT("content.noun.event.a", "content.noun.event.many", null, null, null),
    OPTION("content.noun.option.a", "content.noun.option.many", "content.noun.option.one", null, null),
    NODE("content.noun.node.a", "content.noun.node.many", null, null, null),
    ENDING("content.noun.ending.a", "content.noun.ending.many", null, null, null),
    NODE_OR_ENDING(null, null, "content.noun.nodeOrEnding.one", "content.noun.nodeOrEnding.id", null);

    private final String a;
    private final String many;
    private final String one;
    private final String id;
    private final String ids;

    Noun(String a, String many, String one, String id, String ids) {
        this.a = a;
        this.many = many;
        this.one = one;
        this.id = id;
        this.ids = ids;
    }

    /** "an item": one of them, as an object is expected. */
    Phrase a() {
        return form(a);
    }

    /** "items": several of them. */
    Phrase many() {
        return form(many);
    }

    /** "item": the bare word, as in "each item once". */
    Phrase one() {
        return form(one);
    }

    /** "the id of an item". */
    Phrase theIdOf() {
        return form(id);
    }

    /** "item ids", as in "an array of item ids". */
    Phrase ids() {
        return form(ids);
    }

    private Phrase form(String key) {
        if (key == null) {
            throw new IllegalStateException(this + " has no such form in the problem texts");
        }
        return Phrase.of(key);
    }
}
