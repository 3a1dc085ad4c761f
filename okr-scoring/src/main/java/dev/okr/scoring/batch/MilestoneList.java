package dev.okr.scoring.batch;

import com.google.common.collect.ImmutableList;
import dev.okr.core.Milestone;
import dev.okr.core.OkrValidationException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The milestones of a batch row written in one cell, and the milestones done in another: names
 * separated by {@code ;}, each optionally followed by {@code *} and its weight, as in {@code pilot
 * teams; half of paying teams *2; all paying teams} (weight 1 when none is given). Spaces around a
 * name, a {@code ;} and a {@code *} are not part of it. A backslash takes the next character as
 * it is: {@code \;} and {@code \*} in a name, {@code \\} for a backslash, {@code \ } for a space
 * kept at a name's start or end. The milestones done are written the same way without weights.
 *
 * <p>What is not such a list is refused with an {@link OkrValidationException} naming the column,
 * the cell and the rule: an empty name, a weight that is not a number greater than 0, a name given
 * twice, more than one {@code *} in an item, a backslash with nothing after it. {@link
 * #write(List)} and {@link #writeNames(Collection)} give text that reads back to the same
 * milestones and names, whatever the names hold.
 */
public final class MilestoneList {
  private MilestoneList() {}

  /** One item as read: its name (escapes resolved), its weight as written or null, its 1-based position. */
  private record Item(String name, @Nullable String weight, int position) {}

  /**
   * The milestones in a cell, weights read with a decimal point.
   *
   * @param column the column read, named in errors
   * @throws OkrValidationException when the cell is not a list of milestones
   */
  public static List<Milestone> read(String cell, String column) {
    return read(cell, column, false);
  }

  /**
   * The milestones in a cell, weights read with a decimal comma when {@code decimalComma}.
   *
   * @throws OkrValidationException when the cell is not a list of milestones
   */
  static List<Milestone> read(String cell, String column, boolean decimalComma) {
    ImmutableList.Builder<Milestone> milestones = ImmutableList.builder();
    for (Item item : items(cell, column)) {
      double weight = 1.0;
      if (item.weight() != null) {
        String text = item.weight().strip();
        try {
          weight = Decimals.parse(text, decimalComma);
        } catch (NumberFormatException e) {
          throw new OkrValidationException(column, cell, "gives milestone " + item.position() + " (\"" + item.name()
              + "\") the weight \"" + text + "\", which " + e.getMessage());
        }
        if (!(weight > 0)) {
          throw new OkrValidationException(column, cell, "gives milestone " + item.position() + " (\"" + item.name()
              + "\") the weight " + text + "; a weight must be greater than 0");
        }
      }
      milestones.add(Milestone.of(item.name(), weight));
    }
    return milestones.build();
  }

  /**
   * The names in a cell of milestones done, in the order written.
   *
   * @throws OkrValidationException when the cell is not a list of names, or an item has a weight
   */
  public static List<String> readNames(String cell, String column) {
    List<String> names = new ArrayList<>();
    for (Item item : items(cell, column)) {
      if (item.weight() != null) {
        throw new OkrValidationException(column, cell, "gives milestone " + item.position() + " (\"" + item.name()
            + "\") a weight; the milestones done are names only (write \\* for a * in a name)");
      }
      names.add(item.name());
    }
    return names;
  }

  /** The milestones as a cell: names escaped where needed, a weight other than 1 after {@code *}. */
  public static String write(List<Milestone> milestones) {
    StringBuilder cell = new StringBuilder();
    for (Milestone milestone : milestones) {
      if (cell.length() > 0) {
        cell.append("; ");
      }
      escape(milestone.name(), cell);
      if (milestone.weight() != 1.0) {
        cell.append(" *").append(number(milestone.weight()));
      }
    }
    return cell.toString();
  }

  /** The names as a cell of milestones done, in the order given. */
  public static String writeNames(Collection<String> names) {
    StringBuilder cell = new StringBuilder();
    for (String name : names) {
      if (cell.length() > 0) {
        cell.append("; ");
      }
      escape(name, cell);
    }
    return cell.toString();
  }

  private static String number(double weight) {
    return weight == Math.rint(weight) && Math.abs(weight) < 1e15 ? Long.toString((long) weight) : Double.toString(weight);
  }

  private static void escape(String name, StringBuilder out) {
    int first = 0;
    while (first < name.length() && Character.isWhitespace(name.charAt(first))) {
      first++;
    }
    int last = name.length() - 1;
    while (last >= first && Character.isWhitespace(name.charAt(last))) {
      last--;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' || c == ';' || c == '*' || i < first || i > last) {
        out.append('\\');
      }
      out.append(c);
    }
  }

  private static List<Item> items(String cell, String column) {
    List<Item> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    StringBuilder text = new StringBuilder();
    BitSet escaped = new BitSet();
    int star = -1;
    for (int i = 0; i <= cell.length(); i++) {
      char c = i < cell.length() ? cell.charAt(i) : ';';
      if (i < cell.length() && c == '\\') {
        if (i + 1 == cell.length()) {
          throw new OkrValidationException(column, cell, "ends with a backslash that escapes nothing (write \\\\ for a backslash)");
        }
        escaped.set(text.length());
        text.append(cell.charAt(++i));
      } else if (c == '*') {
        if (star >= 0) {
          throw new OkrValidationException(column, cell, "has more than one * in milestone " + (items.size() + 1)
              + " (write \\* for a * in a name)");
        }
        star = text.length();
      } else if (c == ';') {
        int position = items.size() + 1;
        String name = strip(text, escaped, star < 0 ? text.length() : star);
        if (name.isBlank()) {
          throw new OkrValidationException(column, cell, "has no name for milestone " + position
              + (i == cell.length() && position > 1 ? " (after the last ;)" : ""));
        }
        Integer earlier = seen.putIfAbsent(name, position);
        if (earlier != null) {
          throw new OkrValidationException(column, cell, "names milestone \"" + name + "\" twice (milestones " + earlier
              + " and " + position + ")");
        }
        items.add(new Item(name, star < 0 ? null : text.substring(star), position));
        text.setLength(0);
        escaped.clear();
        star = -1;
      } else {
        text.append(c);
      }
    }
    return items;
  }

  /** The text up to {@code end}, without the spaces at either end that were not escaped. */
  private static String strip(StringBuilder text, BitSet escaped, int end) {
    int from = 0;
    while (from < end && !escaped.get(from) && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int to = end;
    while (to > from && !escaped.get(to - 1) && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }
}
