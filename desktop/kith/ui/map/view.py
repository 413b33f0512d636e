"""The relationship map place: a zoomable, pannable drawing of your circles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.map_layout import layout
from kith.domain.placeholders import fill
from kith.domain.ties import TieKind, kind_from
from kith.domain.values import RINGS, Circle
from kith.services.app import Services
from kith.services.changes import Kind
from kith.services.ties import TieLine
from kith.ui.map.canvas import ZOOM_STEP, MapView
from kith.ui.map.drop_target import DropTarget
from kith.ui.map.legend import Legend
from kith.ui.map.people_layer import MapPerson, PeopleLayer
from kith.ui.map.rings import RingsItem
from kith.ui.map.tag import Tag
from kith.ui.map.ties_layer import AllTies, FocusTies
from kith.ui.shell.changes import DataChanges, RefreshWhenVisible
from kith.ui.text import formatting as fmt
from kith.ui.text.day_format import day_month
from kith.ui.text.tie_words import tie_word
from kith.ui.widgets.icons import icon
from kith.ui.widgets.tending_palette import state_word

_REFRESH_ON = (Kind.PEOPLE, Kind.INTERACTIONS, Kind.MEETUPS, Kind.PROFILE, Kind.TIES)
_GROUP_KEY = "\x1egroup:"
"""Starts the highlight choice of a group: no interest can (control characters never
stay in one)."""
_TIES_SHOWN_FOR = frozenset({Circle.INNER, Circle.CLOSE})
"""Whose ties "Show ties" draws: those between people of the nearest circles, readable
at any size."""


class RelationshipMap(QWidget):
    """You at the centre, circles as rings, each person a dot coloured by tending state."""

    person_requested = Signal(int)
    move_requested = Signal(int, object)
    """Someone was dragged onto another ring, moved by the keyboard or from the menu:
    (person id, the Circle to move them to)."""

    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._auto_fit = True
        self.layer: PeopleLayer | None = None
        self._rings: RingsItem | None = None
        self._drop: DropTarget | None = None
        self._marked_tag: Tag | None = None
        self._people: dict[int, MapPerson] = {}
        self._ties: dict[int, list[TieLine]] = {}
        self._group_members: dict[str, frozenset[int]] = {}
        self._group_names: dict[str, str] = {}
        self.all_ties: AllTies | None = None
        self.focus_ties = FocusTies()
        self._today = services.ctx.today()
        self._build()
        self.refresher = RefreshWhenVisible(self, changes, self._read_again, _REFRESH_ON)
        self._connect_signals()
        # Read and lay out everyone only when the map is first shown: a window that
        # starts on another page should not wait for 5,000 people.

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("relationshipMap")
        self.scene = QGraphicsScene(self)
        # A few big items: an index would cost more than it saves.
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = MapView(self.scene, self)
        self.view.setAccessibleName(self.tr("Relationship map"))
        self.view.describe = self.describe

        self.interest_label = QLabel(self.tr("&Highlight who shares"), self)
        self.interest_combo = QComboBox(self)
        self.interest_combo.setAccessibleName(self.tr("Highlight who shares an interest"))
        self.interest_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.interest_label.setBuddy(self.interest_combo)
        self.match_label = QLabel(self)
        self.ties_switch = QCheckBox(self.tr("Show &ties"), self)
        self.ties_switch.setToolTip(
            self.tr(
                "Draw the ties of your inner and close circles. Solid lines: family (wider:"
                " partners) · dashed: friends · dotted: colleagues · dash-dot: know each other"
            )
        )
        self.ties_switch.setAccessibleName(self.tr("Show the ties of your inner and close circles"))

        def button(text: str, icon_name: str, tip: str, keys: QKeySequence) -> QToolButton:
            act = QAction(icon(icon_name), text, self)
            act.setToolTip(
                fill(self.tr("%1 (%2)"), tip, keys.toString(QKeySequence.SequenceFormat.NativeText))
            )
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
            tool = QToolButton(self)
            tool.setDefaultAction(act)
            tool.setAccessibleName(tip)
            # Kith's own icons, as in the rest of the window; − and + say it with the icon.
            tool.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if len(text) == 1
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            return tool

        keys = QKeySequence.StandardKey
        self.zoom_out_button = button(
            self.tr("−"), "zoom-out", self.tr("Zoom out"), QKeySequence(keys.ZoomOut)
        )
        self.zoom_in_button = button(
            self.tr("+"), "zoom-in", self.tr("Zoom in"), QKeySequence(keys.ZoomIn)
        )
        self.fit_button = button(
            self.tr("Fit"),
            "zoom-fit",
            self.tr("Show everyone"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0),
        )

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 6)
        # With no colon after the label, a little room keeps it from running into its list.
        gap = self.fontMetrics().averageCharWidth()
        top.addWidget(self.interest_label)
        top.addSpacing(gap)
        top.addWidget(self.interest_combo)
        top.addWidget(self.match_label)
        top.addSpacing(2 * gap)
        top.addWidget(self.ties_switch)
        top.addStretch(1)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_in_button)
        top.addWidget(self.fit_button)

        self.legend = Legend(self)
        self.hint_label = self.legend.hint

        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.setSpacing(0)
        layout_.addLayout(top)
        layout_.addWidget(self.view, 1)
        layout_.addWidget(self.legend)
        self.setTabOrder(self.interest_combo, self.ties_switch)
        self.setTabOrder(self.ties_switch, self.zoom_out_button)
        self.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        self.setTabOrder(self.zoom_in_button, self.fit_button)
        self.setTabOrder(self.fit_button, self.view)

    def _connect_signals(self) -> None:
        self.view.person_clicked.connect(self.person_requested)
        self.view.move_asked.connect(self._on_move_asked)
        self.view.menu_asked.connect(self._on_menu_asked)
        self.view.moved_by_user.connect(self._on_user_moved)
        self.view.resized.connect(self._on_view_resized)
        self.zoom_in_button.defaultAction().triggered.connect(lambda: self.view.zoom_by(ZOOM_STEP))
        self.zoom_out_button.defaultAction().triggered.connect(
            lambda: self.view.zoom_by(1 / ZOOM_STEP)
        )
        self.fit_button.defaultAction().triggered.connect(self.fit)
        self.interest_combo.currentIndexChanged.connect(self._on_interest_chosen)
        self.ties_switch.toggled.connect(self._on_ties_switched)

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read everyone again and redraw; the view keeps its zoom and position."""
        self.refresher.reload()

    def _read_again(self) -> None:
        self._today = self._services.ctx.today()
        people = [
            MapPerson(
                p.id,
                p.name,
                p.circle,
                p.tending.state,
                p.last_in_person,
                frozenset(t.casefold() for t in p.interests),
            )
            for p in self._services.people.list()
        ]
        self._people = {p.id: p for p in people}
        self._ties = {}
        for line in self._services.ties.lines():
            self._ties.setdefault(line.low, []).append(line)
            self._ties.setdefault(line.high, []).append(line)
        self._group_members = {
            f"{_GROUP_KEY}{g.id}": frozenset(m.id for m in g.members)
            for g in self._services.ties.groups()
        }
        self._group_names = {f"{_GROUP_KEY}{g.id}": g.name for g in self._services.ties.groups()}
        placed = layout((p.id, p.circle) for p in people)
        # The one the keyboard marked stays marked, wherever a move put them.
        marked = self.layer.hovered if self.layer is not None and self.view.hasFocus() else None
        self.focus_ties.clear()
        self.all_ties = None
        self.scene.clear()
        names = self._circle_names()
        self._rings = RingsItem(placed, names, self.tr("You"))
        self.layer = PeopleLayer(placed, people, self._rings)
        for item in (self._rings, self.layer):
            item.set_palette(self.palette())
            # Panning and hovering then reuse the drawing; only a zoom paints it anew.
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.scene.addItem(item)
        landing = {
            circle: fill(self.tr("Move to %1"), name) if circle.is_sorted else name
            for circle, name in names.items()
        }
        self._drop = DropTarget(placed, landing)
        self._drop.set_palette(self.palette())
        self.scene.addItem(self._drop)
        self.scene.addItem(self._drop.label)
        self._marked_tag = Tag(strong=False)
        self._marked_tag.set_palette(self.palette())
        self.scene.addItem(self._marked_tag)
        self.view.layer = self.layer
        self.layer.on_hovered = self._on_hovered
        self._draw_all_ties()
        self.view.drop = self._drop
        self.view.marked_tag = self._marked_tag
        # Room above the outer ring for its name.
        self.scene.setSceneRect(self.layer.boundingRect().adjusted(-10, -50, 10, 10))
        self._fill_interests()
        self._apply_highlight()
        self.view.setAccessibleDescription(
            fill(self.tr("%1 people on four rings around you"), str(len(people)))
        )
        self.hint_label.setText(
            self.tr(
                "Drag to look around · drag someone onto another ring to move them"
                " · Ctrl+wheel to zoom · click someone to open them"
                " · arrow keys pick someone, Ctrl+↑ or Ctrl+↓ moves them a circle in or out"
            )
            if people
            else self.tr("Nobody here yet: people you add appear on the ring of their circle.")
        )
        self.hint_label.setToolTip(self.hint_label.text())
        if self._auto_fit:
            self.fit()
        if marked in self._people:
            self.view.mark_person(marked)

    def _circle_names(self) -> dict[Circle, str]:
        return {
            Circle.INNER: self.tr("Inner circle"),
            Circle.CLOSE: self.tr("Close"),
            Circle.FRIENDS: self.tr("Friends"),
            Circle.WIDER: self.tr("Wider circle"),
            Circle.UNSORTED: self.tr("Not sorted yet"),
        }

    def _fill_interests(self) -> None:
        current = self.interest_combo.currentData()
        self.interest_combo.blockSignals(True)
        self.interest_combo.clear()
        self.interest_combo.addItem(self.tr("All"), None)
        for tag in self._services.profile.interests():
            self.interest_combo.addItem(tag, tag)
        if self._group_names:
            self.interest_combo.insertSeparator(self.interest_combo.count())
        for key, name in sorted(self._group_names.items(), key=lambda item: item[1].casefold()):
            self.interest_combo.addItem(fill(self.tr("Group: %1"), name), key)
        index = self.interest_combo.findData(current) if current is not None else 0
        self.interest_combo.setCurrentIndex(max(0, index))
        self.interest_combo.blockSignals(False)

    # --- public ------------------------------------------------------------------------

    def node_position(self, person_id: int) -> QPointF:
        """Where a person's dot is, in scene coordinates."""
        self.refresher.reload_if_stale()
        assert self.layer is not None
        return self.layer.position(person_id)

    def highlighted_people(self) -> frozenset[int]:
        """Who is lit up by the interest filter; everyone when no interest is chosen."""
        self.refresher.reload_if_stale()
        tag = self.interest_combo.currentData()
        if tag is None:
            return frozenset(self._people)
        if tag in self._group_members:
            return self._group_members[tag] & frozenset(self._people)
        return frozenset(pid for pid, p in self._people.items() if tag in p.interests)

    def set_group(self, group_id: int) -> None:
        """Light up a group's members, as an interest lights up who shares it."""
        self.set_interest(f"{_GROUP_KEY}{group_id}")

    def tie_lines(self) -> list[tuple[int, int, TieKind]]:
        """The ties drawn for the hovered or marked person, as the scene holds them."""
        return [
            (low, high, TieKind(kind))
            for low, high, kind in (item.data(0) for item in self.focus_ties.items)
        ]

    def set_interest(self, tag: str | None) -> None:
        self.interest_combo.setCurrentIndex(max(0, self.interest_combo.findData(tag)))

    def fit(self) -> None:
        self._auto_fit = True
        if self.layer is not None:
            self.view.fit(self.scene.sceneRect())

    def context_menu(self, person_id: int) -> QMenu:
        """What can be done with someone on the map: open them, or move them to a circle."""
        person = self._people[person_id]
        menu = QMenu(self)
        open_person = menu.addAction(fmt.shown_as_typed(fill(self.tr("Open %1"), person.name)))
        open_person.triggered.connect(lambda: self.person_requested.emit(person_id))
        move = menu.addMenu(self.tr("Move to circle"))
        names = self._circle_names()
        for circle in RINGS:
            action = move.addAction(names[circle])
            action.setCheckable(True)
            action.setChecked(circle == person.circle)
            action.setEnabled(circle != person.circle)
            action.triggered.connect(lambda _=False, c=circle: self._on_move_asked(person_id, c))
        return menu

    def describe(self, person_id: int) -> str:
        person = self._people[person_id]
        if person.last_in_person is None:
            seen = self.tr("Not met in person yet")
        else:
            when = day_month(
                person.last_in_person,
                self.locale(),
                with_year=person.last_in_person.year != self._today.year,
            )
            seen = fill(self.tr("Last seen in person %1"), when)
        state = state_word(person.state)
        lines = [person.name, seen, state]
        ties = self._ties.get(person_id, [])
        if ties:
            # Said in words too: the lines on the map are not seen by everyone.
            named = []
            for line in ties[:4]:
                other = line.high if line.low == person_id else line.low
                if other in self._people:
                    kind = tie_word(kind_from(line.low, line.kind, other))
                    named.append(fill(self.tr("%1 (%2)"), self._people[other].name, kind))
            more = len(ties) - 4
            listed = ", ".join(named) + (
                fill(self.tr(" and %1 more"), str(more)) if more > 0 else ""
            )
            lines.append(fill(self.tr("Ties: %1"), listed))
        return "\n".join(lines)

    # --- reacting ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for item in (self._rings, self.layer, self._drop, self._marked_tag, self.all_ties):
                if item is not None:
                    item.set_palette(self.palette())
            self.legend.repaint_swatches()

    def _on_move_asked(self, person_id: int, circle: Circle) -> None:
        self.move_requested.emit(person_id, circle)
        # Redrawn at once, so a second Ctrl+Up right after starts from the new circle.
        self.refresher.reload_if_stale()

    def _on_menu_asked(self, person_id: int, at: QPoint) -> None:
        menu = self.context_menu(person_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(at)

    def _on_view_resized(self) -> None:
        if self._auto_fit:
            self.fit()

    def _on_user_moved(self) -> None:
        self._auto_fit = False

    @Slot(int)
    def _on_interest_chosen(self, _index: int) -> None:
        self._apply_highlight()

    def _apply_highlight(self) -> None:
        if self.layer is None:
            return
        tag = self.interest_combo.currentData()
        if tag is None:
            self.layer.set_highlight(None)
            self.match_label.clear()
            return
        lit = self.highlighted_people()
        self.layer.set_highlight(lit)
        if tag in self._group_members:
            self.match_label.setText(
                self.tr("1 person in it")
                if len(lit) == 1
                else fill(self.tr("%1 people in it"), str(len(lit)))
            )
        elif len(lit) == 1:
            self.match_label.setText(self.tr("1 person shares it"))
        else:
            self.match_label.setText(fill(self.tr("%1 people share it"), str(len(lit))))

    def _on_hovered(self, person_id: int | None) -> None:
        if self.layer is None:
            return
        ties = self._ties.get(person_id, []) if person_id is not None else []
        positions = {
            pid: self.layer.position(pid) for line in ties for pid in (line.low, line.high)
        }
        self.focus_ties.show(self.scene, person_id, ties, positions, self.palette())

    @Slot(bool)
    def _on_ties_switched(self, _on: bool) -> None:
        self._draw_all_ties()

    def _draw_all_ties(self) -> None:
        if self.all_ties is not None:
            self.scene.removeItem(self.all_ties)
            self.all_ties = None
        if self.layer is None or not self.ties_switch.isChecked():
            return
        near = {pid for pid, p in self._people.items() if p.circle in _TIES_SHOWN_FOR}
        lines = {
            (line.low, line.high): line
            for pid in near
            for line in self._ties.get(pid, [])
            # Both ends near: ties out to the far rings turned 5,000 people into a blot.
            if line.low in near and line.high in near
        }
        layer = self.layer
        ends = {pid for low, high in lines for pid in (low, high) if pid in self._people}
        positions = {pid: layer.position(pid) for pid in ends}
        self.all_ties = AllTies(positions, lines.values())
        self.all_ties.set_palette(self.palette())
        self.scene.addItem(self.all_ties)
