package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A statement not in English is {@link StatementKind#UNREADABLE} and nothing is read from it;
 * English is read however terse, and whatever names with accents it holds.
 */
class LanguageTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Augmenter le taux de conversion de 2 % à 5 %",
      "Réduire le churn mensuel de 5 % à 3 % d'ici fin T3",
      "Améliorer la satisfaction des clients",
      "Erhöhe die Kundenzufriedenheit auf 90%",
      "Erhöhe NPS auf 50",
      "Senkung der Kosten für die Infrastruktur um 20%",
      "Aumentar la tasa de conversión del 2% al 5%",
      "Reducir el churn al 3%",
      "Aumentar a taxa de retenção dos clientes para 80%",
      "Ridurre il tempo di risposta della assistenza a 2 ore",
      "Verhogen van de klanttevredenheid naar 8 op 10",
      "Meer vrijwilligers werven voor onze buurtprojecten",
      "Lançar o novo portal do cliente em Lisboa",
      "15 Partnerverträge pro Quartal mit Händlern abschließen",
      "Meningkatkan jumlah pelanggan aktif dari 2.000 ke 3.500",
      "Kuongeza idadi ya wateja kwa asilimia 20",
      "50% des clients utilisent la nouvelle fonctionnalité",
      "提高转化率到5%",
      "Увеличить конверсию с 2% до 5%",
      "Αύξηση των εσόδων κατά 20%"})
  void aStatementInAnotherLanguageIsNotRead(String text) {
    KeyResultStatement s = KeyResultStatement.parse(text);
    assertThat(s.kind()).as(text).isEqualTo(StatementKind.UNREADABLE);
    assertThat(s.target()).isEmpty();
    assertThat(s.baseline()).isEmpty();
    assertThat(s.measurement()).isEmpty();
    assertThat(s.missing()).isEmpty();
    Spans.check(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SSO for enterprise",
      "Churn <3%",
      "p95 < 300ms",
      "NPS 32 → 45",
      "Dark mode",
      "Increase NPS from 42 to 60",
      "Open a café in Montréal by Q3",
      "Publish the Monat case study",
      "Pro plan upgrades per Month up 20%",
      "Launch in São Paulo and Zürich",
      "Expand to DE and FR markets",
      "Translate the help centre from EN to DE, FR and ES",
      "Revenue +20% y/y",
      "SLA met on 99% of tickets",
      "Résumé screening time down 30%",
      "Augment the data team with 2 analysts",
      "La Poste integration live",
      "El Capitan support dropped"})
  void englishIsRead(String text) {
    KeyResultStatement s = KeyResultStatement.parse(text);
    assertThat(s.kind()).as(text).isNotEqualTo(StatementKind.UNREADABLE);
    Spans.check(s);
  }
}
