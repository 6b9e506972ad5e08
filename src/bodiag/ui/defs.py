"""Every margin, spacing and size of the interface, named once."""

SPACING = 8
MARGIN = 16
LARGE_MARGIN = 24
PANE_MIN_WIDTH = 280
QUESTION_TEXT_POINT_DELTA = 4  # the question reads larger than the body text
TITLE_POINT_DELTA = 8
SCORE_POINT_DELTA = 18
GRID_CARD_MIN_WIDTH = 130
RADAR_MIN_SIZE = 320
NOTE_SAVE_DELAY_MS = 700  # a note is saved once typing pauses this long
WINDOW_SIZE = (1280, 820)  # the window's size on a screen that has room for it
WINDOW_SCREEN_SHARE = 0.92  # else this share of the screen's free area, so that it never opens cut off
WINDOW_MIN_SIZE = (640, 480)
