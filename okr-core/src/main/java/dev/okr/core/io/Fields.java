package dev.okr.core.io;

import com.google.common.collect.ImmutableList;

/** The field names of the interchange form, shared by the reader and the writer. */
final class Fields {
  private Fields() {}

  /** The version of the form this library reads and writes. */
  static final int FORMAT_VERSION = 1;

  static final String FORMAT = "formatVersion";
  static final String CYCLE = "cycle";
  static final String OBJECTIVES = "objectives";
  static final ImmutableList<String> DOCUMENT = ImmutableList.of(FORMAT, CYCLE, OBJECTIVES);

  static final String ID = "id";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String KIND = "kind";
  static final String OWNER = "owner";
  static final String ALIGNS_TO = "alignsTo";
  static final String TAGS = "tags";
  static final String KEY_RESULTS = "keyResults";
  static final String INITIATIVES = "initiatives";
  static final String SUPPRESSIONS = "suppressions";
  static final String PRIORITY = "priority";
  static final String REPORTED = "reported";
  static final String SOURCE = "source";
  static final ImmutableList<String> OBJECTIVE = ImmutableList.of(
      ID, TITLE, DESCRIPTION, KIND, OWNER, CYCLE, ALIGNS_TO, TAGS, PRIORITY, REPORTED, KEY_RESULTS, INITIATIVES,
      SUPPRESSIONS, SOURCE);

  static final String TEAM = "team";
  static final String PERSON = "person";

  static final String OBJECTIVE_PARENT = "objective";
  static final String KEY_RESULT_PARENT = "keyResult";

  static final String STATEMENT = "statement";
  static final String WEIGHT = "weight";
  static final String MEASUREMENT = "measurement";
  static final String CHECK_INS = "checkIns";
  static final ImmutableList<String> KEY_RESULT =
      ImmutableList.of(ID, STATEMENT, OWNER, WEIGHT, PRIORITY, MEASUREMENT, CHECK_INS, REPORTED, SUPPRESSIONS, SOURCE);

  static final String TYPE = "type";
  static final String UNIT = "unit";
  static final String BASELINE = "baseline";
  static final String TARGET = "target";
  static final String STRETCH = "stretch";
  static final String MILESTONES = "milestones";
  static final ImmutableList<String> MEASUREMENT_FIELDS =
      ImmutableList.of(TYPE, UNIT, BASELINE, TARGET, STRETCH, MILESTONES);

  static final String NAME = "name";
  static final ImmutableList<String> MILESTONE = ImmutableList.of(NAME, WEIGHT);

  static final String DATE = "date";
  static final String VALUE = "value";
  static final String ACHIEVED = "achieved";
  static final String MILESTONES_DONE = "milestonesDone";
  static final String CONFIDENCE = "confidence";
  static final String NOTE = "note";
  static final ImmutableList<String> CHECK_IN =
      ImmutableList.of(DATE, VALUE, ACHIEVED, MILESTONES_DONE, CONFIDENCE, NOTE);

  static final String STATUS = "status";
  static final ImmutableList<String> INITIATIVE = ImmutableList.of(ID, TITLE, OWNER, STATUS, KEY_RESULTS, SUPPRESSIONS, SOURCE);

  static final String TEXT = "text";
  static final String SCORE = "score";
  static final ImmutableList<String> REPORTED_FIELDS = ImmutableList.of(TEXT, SCORE, STATUS);

  static final String FILE = "file";
  static final String LINE = "line";
  static final String COLUMN = "column";
  static final ImmutableList<String> POSITION = ImmutableList.of(FILE, LINE, COLUMN);

  /**
   * The document's name for a path the model reports: the form calls an objective's alignment
   * {@code alignsTo} and an initiative's key result ids {@code keyResults}.
   */
  static String documentPath(String modelPath) {
    return modelPath
        .replace(".alignment.parentId", "." + ALIGNS_TO)
        .replace(".alignment", "." + ALIGNS_TO)
        .replace(".keyResultIds", "." + KEY_RESULTS);
  }

  /** The id a key result written as a bare string gets: its objective's id and its 1-based place. */
  static String keyResultId(String objectiveId, int index) {
    return objectiveId + "-kr" + (index + 1);
  }
}
