package org.leaklab.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Draws a parsed Markdown document (CommonMark with GitHub's tables) as JavaFX nodes styled by
 * TeacherGuide.css: headings, paragraphs with bold, italic, code and links, bullet and numbered
 * lists, quotes, code blocks, rules and tables whose columns wrap their text. Web links open
 * through the callback given; other links (to files of the repository) show as text.
 */
public final class MarkdownNodes {
    /** The style class of every top-level block, so printing can end a page between two of them. */
    public static final String BLOCK = "md-block";

    private final Consumer<String> openLink;

    /** @param openLink opens a web address in the browser */
    public MarkdownNodes(Consumer<String> openLink) {
        this.openLink = Objects.requireNonNull(openLink);
    }

    /**
     * The document's blocks, top to bottom. A heading's node has the id {@code guide-heading-N}
     * (N counting the document's headings from 0), so a table of contents can scroll to it.
     */
    public List<javafx.scene.Node> blocks(Node document) {
        List<javafx.scene.Node> blocks = new ArrayList<>();
        int[] headings = {0};
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node block = block(child, headings);
            if (block != null) {
                block.getStyleClass().add(BLOCK);
                blocks.add(block);
            }
        }
        return blocks;
    }

    private javafx.scene.Node block(Node node, int[] headings) {
        if (node instanceof Heading heading) {
            TextFlow flow = inlines(heading, "md-heading", "md-h" + Math.min(heading.getLevel(), 4));
            flow.setId("guide-heading-" + headings[0]++);
            return flow;
        }
        if (node instanceof Paragraph paragraph) {
            return inlines(paragraph, "md-paragraph");
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node, headings);
        }
        if (node instanceof BlockQuote quote) {
            VBox box = container(quote, headings);
            box.getStyleClass().add("md-quote");
            return box;
        }
        if (node instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof ThematicBreak) {
            Separator rule = new Separator();
            rule.getStyleClass().add("md-rule");
            return rule;
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        if (node instanceof HtmlBlock html) {
            // The guide is plain Markdown; an HTML block (a comment, say) shows as its text, stripped of tags.
            String text = html.getLiteral().replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]+>", "").strip();
            if (text.isEmpty()) {
                return null;
            }
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add("md-paragraph");
            return label;
        }
        return null;
    }

    private VBox container(Node parent, int[] headings) {
        VBox box = new VBox();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node block = block(child, headings);
            if (block != null) {
                box.getChildren().add(block);
            }
        }
        return box;
    }

    private VBox list(Node list, int[] headings) {
        VBox box = new VBox();
        box.getStyleClass().addAll("md-list", list instanceof OrderedList ? "md-ordered" : "md-bullets");
        int number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() == null
                ? 1 : ordered.getMarkerStartNumber() : 0;
        String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
                ? ordered.getMarkerDelimiter() : ".";
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + delimiter : "\u2022");
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = container(item, headings);
            content.getStyleClass().add("md-item-content");
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-item");
            row.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Label codeBlock(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("md-code-block");
        code.setWrapText(true);
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    private GridPane table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        List<TableRow> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                // A header of empty cells (a table of label and value, say) shows no empty first row.
                if (row instanceof TableRow tableRow && !(section instanceof TableHead && plainText(tableRow).isBlank())) {
                    rows.add(tableRow);
                }
            }
        }
        List<Integer> longest = new ArrayList<>();
        List<Integer> longestWord = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Node cell = rows.get(r).getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                if (!(cell instanceof TableCell tableCell)) {
                    continue;
                }
                TextFlow flow = inlines(tableCell, "md-cell-text");
                VBox box = new VBox(flow);
                box.getStyleClass().add("md-cell");
                if (tableCell.isHeader()) {
                    box.getStyleClass().add("md-header-cell");
                } else if (r % 2 == 0) {
                    box.getStyleClass().add("md-even-row");
                }
                box.setMaxWidth(Double.MAX_VALUE);
                box.setMaxHeight(Double.MAX_VALUE);
                if (tableCell.getAlignment() == TableCell.Alignment.RIGHT) {
                    flow.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                } else if (tableCell.getAlignment() == TableCell.Alignment.CENTER) {
                    flow.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                }
                grid.add(box, c, r);
                String cellText = plainText(tableCell);
                while (longest.size() <= c) {
                    longest.add(0);
                    longestWord.add(0);
                }
                longest.set(c, Math.max(longest.get(c), cellText.length()));
                for (String word : cellText.split("\\s+")) {
                    longestWord.set(c, Math.max(longestWord.get(c), word.length()));
                }
            }
        }
        for (double percent : columnPercents(longest, longestWord)) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHalignment(HPos.LEFT);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        grid.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    /** About how many characters a table is wide, on the page and on paper: to turn lengths into shares. */
    private static final double TABLE_CHARACTERS = 80;

    /**
     * The columns' shares of a table's width: each gets room for its longest word (so no word is
     * broken, "35–41" stays whole), and the rest goes by how much text the column holds (so long
     * texts wrap in the wide columns).
     */
    static List<Double> columnPercents(List<Integer> longest, List<Integer> longestWord) {
        int columns = longest.size();
        double[] minimum = new double[columns];
        double minimumSum = 0;
        for (int c = 0; c < columns; c++) {
            minimum[c] = 100 * (longestWord.get(c) + 3) / TABLE_CHARACTERS;
            minimumSum += minimum[c];
        }
        double squeeze = minimumSum > 90 ? 90 / minimumSum : 1;
        double rest = 100 - minimumSum * squeeze;
        double weights = 0;
        for (int length : longest) {
            weights += Math.max(1, Math.min(60, length));
        }
        List<Double> percents = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            percents.add(minimum[c] * squeeze + rest * Math.max(1, Math.min(60, longest.get(c))) / weights);
        }
        return percents;
    }

    /** The text of a node without its markup. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }

    private TextFlow inlines(Node parent, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        addInlines(flow, parent, List.of());
        flow.setMaxWidth(Double.MAX_VALUE);
        return flow;
    }

    private void addInlines(TextFlow flow, Node parent, List<String> styles) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text literal) {
                flow.getChildren().add(text(literal.getLiteral(), styles));
            } else if (child instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), with(styles, "md-code")));
            } else if (child instanceof Emphasis) {
                addInlines(flow, child, with(styles, "md-em"));
            } else if (child instanceof StrongEmphasis) {
                addInlines(flow, child, with(styles, "md-strong"));
            } else if (child instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (child instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (child instanceof Link link) {
                addLink(flow, link, styles);
            } else if (child instanceof Image image) {
                flow.getChildren().add(text(plainText(image), with(styles, "md-em")));
            } else if (child instanceof HtmlInline html) {
                if (html.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) {
                    flow.getChildren().add(text("\n", styles));
                }
            } else {
                addInlines(flow, child, styles);
            }
        }
    }

    private void addLink(TextFlow flow, Link link, List<String> styles) {
        String destination = link.getDestination() == null ? "" : link.getDestination().strip();
        if (!destination.matches("(?i)^(https?://|mailto:).+")) {
            // A link to a file of the repository means nothing inside the app: its text stays.
            addInlines(flow, link, styles);
            return;
        }
        Hyperlink hyperlink = new Hyperlink(plainText(link));
        hyperlink.getStyleClass().add("md-link");
        hyperlink.setOnAction(event -> openLink.accept(destination));
        hyperlink.setAccessibleHelp(destination);
        flow.getChildren().add(hyperlink);
    }

    private static Text text(String literal, List<String> styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }
}
