package dev.okr.core.statement;

/** The words of {@link Vocabulary#defaults()}. */
final class DefaultVocabulary {
  private DefaultVocabulary() {}

  static final Vocabulary INSTANCE = Vocabulary.builder()
      .addIncreaseVerbs(
          "increase", "grow", "raise", "improve", "boost", "lift", "expand", "double", "triple",
          "quadruple", "maximize", "maximise", "enhance", "strengthen", "accelerate", "drive", "scale",
          "extend", "widen", "deepen", "optimize", "optimise", "more", "higher", "drive up", "scale up",
          "ramp up", "step up", "push up")
      .addDecreaseVerbs(
          "reduce", "decrease", "lower", "cut", "drop", "shrink", "halve", "minimize", "minimise",
          "eliminate", "lessen", "shorten", "trim", "slash", "fewer", "less", "bring down", "drive down",
          "cut down", "get down", "push down")
      .addMaintainVerbs(
          "maintain", "keep", "sustain", "hold", "stay", "remain", "preserve", "retain", "ensure",
          "protect")
      .addAchieveVerbs(
          "achieve", "reach", "hit", "attain", "get", "secure", "obtain", "earn", "gain", "win", "land",
          "acquire", "sign", "convert", "generate", "attract", "exceed", "surpass", "beat", "close",
          "capture", "book", "sign up")
      .addOutputVerbs(
          "launch", "ship", "release", "publish", "introduce", "build", "rebuild", "create", "write",
          "complete", "deliver", "implement", "develop", "design", "redesign", "finish", "run",
          "conduct", "host", "send", "migrate", "add", "hire", "deploy", "integrate", "refactor",
          "document", "fix", "finalize", "finalise", "produce", "organize", "organise", "rewrite",
          "prototype", "collect", "start", "begin", "update", "upgrade", "replace", "automate", "define",
          "draft", "prepare", "present", "attend", "train", "interview", "roll out", "set up",
          "kick off")
      .addMonitorVerbs(
          "track", "monitor", "measure", "report", "review", "watch", "observe", "check", "assess",
          "analyze", "analyse", "follow", "log", "audit", "keep track")
      .addOutputNouns(
          "posts", "articles", "blogs", "videos", "podcasts", "episodes", "webinars", "events",
          "workshops", "meetings", "interviews", "surveys", "features", "releases", "launches", "pages",
          "screens", "designs", "mockups", "prototypes", "experiments", "tests", "campaigns", "emails",
          "newsletters", "documents", "docs", "reports", "presentations", "integrations", "stories",
          "tasks", "hires", "trainings", "courses", "guides", "tutorials", "templates", "studies",
          "whitepapers", "ebooks", "ads", "dashboards", "components", "modules", "prs", "commits",
          "deliverables", "projects", "initiatives", "milestones", "sprints")
      .addLowerIsBetterWords(
          "churn", "latency", "time", "times", "duration", "cost", "costs", "cac", "bugs", "bug",
          "defects", "defect", "incidents", "incident", "errors", "error", "tickets", "ticket",
          "complaints", "bounce", "mttr", "mttd", "mtta", "hallucination", "hallucinations", "downtime",
          "outages", "outage", "crashes", "crash", "failures", "failure", "escalations", "attrition",
          "turnover", "debt", "vulnerabilities", "backlog", "delay", "delays", "wait", "abandonment",
          "refunds", "chargebacks", "fraud", "lag")
      .build();
}
