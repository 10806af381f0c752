"""Journey: outcome measures. Open the client, click the session with the draft note, click
Measure…, answer the PHQ-9 item by item with the mouse (item 9 above 0), Save: the warning
about item 9 comes at once, and the client view keeps the flag until Acknowledge. A second
PHQ-9, entered in a correction of the signed session, changes the chart a person sees."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton

from journal_app.core.storage.audit import Action
from journal_app.ui.dialogs.measure_dialog import MeasureDialog

FIRST = [1, 2, 1, 2, 1, 0, 1, 1, 2]  # 11: moderate, item 9 answered 2
SECOND = [0, 1, 0, 0, 0, 0, 0, 0, 0]  # 1: minimal, nothing flagged


def _answer(person, dialog: MeasureDialog, answers: list[int]) -> None:  # type: ignore[no-untyped-def]
    for item, value in enumerate(answers, 1):
        button = dialog.findChild(QRadioButton, f"item{item}answer{value}")
        assert button is not None
        person.click_on(button)
        assert button.isChecked()


def test_a_phq9_with_item_9_above_zero_is_flagged_and_the_chart_follows(
        make_window, person, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.open_client(window, seeded.client_name)
    assert not view.measure_chart.isVisible() and not view.flag_box.isVisible()

    person.open_session(window, "2026-02-16")  # the draft note
    person.click_on(editor.measure_button)
    dialog = person.dialog(window, MeasureDialog)
    assert dialog.instrument.currentText() == "PHQ-9"
    assert "Thoughts that you would be better off dead" in person.visible_text(dialog)

    # Saved with item 5 unanswered: refused, naming the item; nothing stored.
    _answer(person, dialog, FIRST[:4])
    person.click_button(dialog, "Save")
    person.wait_for(dialog.error.isVisible, "the refusal")
    assert "Item 5" in dialog.error.text()
    assert window.controller.journal.session_measures(seeded.draft) == []

    _answer(person, dialog, FIRST)
    with person.answering("Later") as question:
        person.click_button(dialog, "Save")
    assert question.title == "PHQ-9 item 9" and "answered 2 of 3" in question.text
    person.wait_for(lambda: not dialog.isVisible(), "the dialog to close")

    # The client view: the flag until acknowledged, and the chart with the one total.
    person.wait_for(view.flag_box.isVisible, "the item-9 flag on the client view")
    assert "2026-02-16" in view.flag_label.text()
    person.wait_for(view.measure_chart.isVisible, "the chart")
    assert view.measure_chart.shown() == {"PHQ-9": [11]}

    # A second PHQ-9 in a correction of the signed session of 2026-02-02.
    person.open_session(window, "2026-02-02")
    assert not editor.measure_button.isEnabled()  # signed: correct it first
    person.click_on(editor.correct_button)
    person.wait_for(editor.measure_button.isEnabled, "Measure… in the correction")
    person.click_on(editor.measure_button)
    second = person.dialog(window, MeasureDialog)
    _answer(person, second, SECOND)
    person.click_button(second, "Save")
    person.wait_for(lambda: view.measure_chart.shown() == {"PHQ-9": [1, 11]},
                    "the chart with both sessions, oldest first")
    assert "PHQ-9 (0–27): 2026-02-02: 1, 2026-02-16: 11" in view.measure_chart.toolTip()

    # Acknowledged from the client view: the flag goes, and the log says who saw it when.
    person.click_on(view.acknowledge_flag)
    person.wait_for(lambda: not view.flag_box.isVisible(), "the flag to go")
    actions = [e.action for e in window.controller.journal.audit.entries()]
    assert Action.MEASURE_FLAG_ACKNOWLEDGED in actions


def test_an_own_scale_is_added_and_a_typed_value_is_refused_then_charted(
        make_window, person, seeded) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.dialogs.scale_dialog import ScaleDialog

    window = make_window()
    person.unlock(window)
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.open_client(window, seeded.client_name)
    person.open_session(window, "2026-02-16")
    person.click_on(editor.measure_button)
    dialog = person.dialog(window, MeasureDialog)
    person.click_on(dialog.new_scale_button)
    scale = person.dialog(window, ScaleDialog)
    person.type("Mood", into=scale.name)
    person.select_all_and_type(scale.high, "7,5")
    person.click_button(scale, "Save")
    person.wait_for(scale.error.isVisible, "the refusal of the highest value")
    assert scale.error.text() == "The highest value must be a whole number."
    assert window.controller.journal.measure_scales() == []
    person.select_all_and_type(scale.high, "10")
    person.click_on(scale.low_label)
    person.type("bad", into=scale.low_label)
    person.click_on(scale.high_label)
    person.type("good", into=scale.high_label)
    person.click_button(scale, "Save")
    person.wait_for(lambda: dialog.instrument.currentText() == "Mood (0–10)",
                    "the new scale chosen in the measure")

    assert dialog.value_field is not None
    person.click_on(dialog.value_field)
    person.type("7.5", into=dialog.value_field)  # typed, refused, never rounded
    person.click_button(dialog, "Save")
    person.wait_for(dialog.error.isVisible, "the refusal of 7.5")
    assert dialog.error.text() == "Item 1: the answer must be a whole number."
    assert window.controller.journal.session_measures(seeded.draft) == []
    person.select_all_and_type(dialog.value_field, "7")
    person.click_button(dialog, "Save")
    person.wait_for(lambda: view.measure_chart.shown() == {"Mood": [7]}, "the Mood chart")
