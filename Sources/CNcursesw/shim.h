// The parts of ncursesw that Swift 6 cannot import directly, wrapped as functions.
#ifndef KHET_CNCURSESW_SHIM_H
#define KHET_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *khet_stdscr(void) { return stdscr; }
static inline int khet_lines(void) { return LINES; }
static inline int khet_cols(void) { return COLS; }
static inline int khet_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int khet_colors(void) { return COLORS; }
static inline int khet_color_pairs(void) { return COLOR_PAIRS; }

/* Attribute and mouse masks are function-like macros, which Swift cannot import. */
static inline attr_t khet_a_normal(void) { return A_NORMAL; }
static inline attr_t khet_a_bold(void) { return A_BOLD; }
static inline attr_t khet_a_dim(void) { return A_DIM; }
static inline attr_t khet_a_reverse(void) { return A_REVERSE; }
static inline attr_t khet_a_underline(void) { return A_UNDERLINE; }
static inline int khet_attr_set(attr_t attrs, short pair) { return attr_set(attrs, pair, NULL); }
static inline mmask_t khet_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t khet_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t khet_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t khet_button5_pressed(void) { return BUTTON5_PRESSED; }
#endif
