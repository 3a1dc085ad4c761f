package dev.okr.scoring;

/** {@link Arithmetic} on Java doubles. Stateless, so one instance serves all threads. */
enum DoubleArithmetic implements Arithmetic<Double, Boolean> {
  INSTANCE;

  @Override
  public Double number(double value) {
    return value;
  }

  @Override
  public Double plus(Double a, Double b) {
    return a + b;
  }

  @Override
  public Double minus(Double a, Double b) {
    return a - b;
  }

  @Override
  public Double times(Double a, Double b) {
    return a * b;
  }

  @Override
  public Double dividedBy(Double a, Double b) {
    return a / b;
  }

  @Override
  public Double abs(Double a) {
    return Math.abs(a);
  }

  @Override
  public Double min(Double a, Double b) {
    return Math.min(a, b);
  }

  @Override
  public Double max(Double a, Double b) {
    return Math.max(a, b);
  }

  @Override
  public Boolean less(Double a, Double b) {
    return a < b;
  }

  @Override
  public Boolean lessOrEqual(Double a, Double b) {
    return a <= b;
  }

  @Override
  public Double choose(Boolean condition, Double then, Double otherwise) {
    return condition ? then : otherwise;
  }

  @Override
  public Double round(Double value, Rounding rounding) {
    return rounding.apply(value);
  }
}
