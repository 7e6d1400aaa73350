# Marsad's interface in English. Every message here has its Arabic in ar.ftl (a test fails
# otherwise). Text placeables ($name, $file) are isolated by the program (FSI…PDI), numbers
# are not.

## Status bar

status-characters = { $count ->
    [one] 1 character
   *[other] { $count } characters
}
status-annotations = { $total ->
    [one] 1 annotation
   *[other] { $total } annotations
} ({ $actors ->
    [one] 1 actor
   *[other] { $actors } actors
}, { $locations ->
    [one] 1 location
   *[other] { $locations } locations
}, { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
})
status-orphaned = { $count } orphaned

## The offer to tag the other occurrences of an entity

offer-untagged = { $count ->
    [one] 1 more untagged mention
   *[other] { $count } more untagged mentions
} of «{ $name }» in this article.

## Menus

menu-file = File
menu-edit = Edit
menu-tag = Tag
menu-view = View
menu-help = Help

## Commands: their labels in menus and buttons, and what hovering them explains

action-open-file = Open article…
action-open-file-tip = Open an article (.txt or .md) with the file dialog
action-open-folder = Open folder…
action-open-folder-tip = Open a folder of articles and list them with their annotation counts
action-save = Save
action-save-tip = Save the annotations to the sidecar file now (they are also saved automatically)
action-next-article = Next article
action-next-article-tip = Save, then open the next article of the corpus
action-previous-article = Previous article
action-previous-article-tip = Save, then open the previous article of the corpus
action-toggle-done = Mark article done
action-toggle-done-tip = Mark the article as fully annotated, or not (shown in the corpus list)
action-export = Export…
action-export-tip = Export the article or the whole corpus as CSV, W3C Web Annotation, brat, CoNLL or an HTML report
action-undo = Undo
action-undo-tip = Undo the last change to annotations or entities
action-redo = Redo
action-redo-tip = Redo the last undone change
action-copy-citation = Copy citation
action-copy-citation-tip = Copy the selected claim, or every claim in the selected text, as «quote» — speaker, outlet, date, URL, accessed (Arabic isolated so it pastes in order)
action-find = Find…
action-find-tip = Find words in the article, ignoring harakat, hamza forms and attached و ف ب ل ك ال
action-find-next = Find next
action-find-next-tip = Go to the next match
action-find-previous = Find previous
action-find-previous-tip = Go to the previous match
action-tag-actor = Actor
action-tag-actor-tip = Tag the selected text as an actor (who acts) and link it to an entity
action-tag-location = Location
action-tag-location-tip = Tag the selected text as a location and link it to an entity
action-tag-claim = Claim
action-tag-claim-tip = Tag the selected text as a claim (who asserts what)
action-tag-all = Tag all occurrences…
action-tag-all-tip = Review the other mentions of the selected mention's entity and tag them
action-make-corpus = Use this folder as a corpus
action-make-corpus-tip = Keep one registry of entities for every article in this folder and below it (marsad-corpus.ron), and suggest its names in each article
action-next-suggestion = Next suggestion
action-next-suggestion-tip = Go to the next mention the corpus registry suggests
action-previous-suggestion = Previous suggestion
action-previous-suggestion-tip = Go to the previous mention the corpus registry suggests
action-accept-suggestion = Accept suggestion
action-accept-suggestion-tip = Tag the current suggestion as a mention of the entity it names
action-accept-all-suggestions = Accept all of this entity
action-accept-all-suggestions-tip = Tag every suggestion of the current suggestion's entity in this article
action-reject-suggestion = Reject suggestion
action-reject-suggestion-tip = Not a mention of that entity: it is not suggested here again
action-pick-speaker = Pick speaker in text
action-pick-speaker-tip = Then click an actor mention in the text to make it the selected claim's speaker
action-delete = Delete annotation
action-delete-tip = Remove the selected annotation
action-zoom-in = Larger text
action-zoom-in-tip = Make the article text larger
action-zoom-out = Smaller text
action-zoom-out-tip = Make the article text smaller
action-zoom-reset = Default text size
action-zoom-reset-tip = Return the article text to its default size
action-toggle-controls = Show bidi controls
action-toggle-controls-tip = Show invisible direction marks (RLM, RLO, LRI…), which can hide or reorder text, as visible marks
action-toggle-theme = Light or dark theme
action-toggle-theme-tip = Switch between the light and the dark theme
action-help = Keyboard shortcuts
action-help-tip = List every command and its shortcut
action-about = About Marsad
action-about-tip = Version, licence, fonts, and where settings and recovery files are kept

## The model's values as the window names them

claim-status-unverified = Unverified
claim-status-corroborated = Corroborated
claim-status-disputed = Disputed
claim-status-denied = Denied
claim-status-false = False
reliability-a = A completely reliable
reliability-b = B usually reliable
reliability-c = C fairly reliable
reliability-d = D not usually reliable
reliability-e = E unreliable
reliability-f = F cannot be judged
credibility-1 = 1 confirmed
credibility-2 = 2 probably true
credibility-3 = 3 possibly true
credibility-4 = 4 doubtful
credibility-5 = 5 improbable
credibility-6 = 6 cannot be judged
quotation-indirect = Indirect
quotation-direct = Direct quote
relation-none = Answers no other claim
relation-denies = Denies
relation-disputes = Disputes
actor-type-1 = State forces
actor-type-2 = Rebel group
actor-type-3 = Political militia
actor-type-4 = Identity militia
actor-type-5 = Rioters
actor-type-6 = Protesters
actor-type-7 = Civilians
actor-type-8 = External/other forces
precision-exact = 1 the place itself
precision-near = 2 near it, or part of a region
precision-region = 3 only the region

## Status bar: the article, the selection and saving

status-encoding = Encoding: { $name }
status-line-endings = Line endings: { $name }
status-controls = { $count ->
    [one] 1 invisible bidi control
   *[other] { $count } invisible bidi controls
}
status-controls-tip = View > Show bidi controls shows them as marks
status-selected = Selected { $start }–{ $end }
save-read-only = Read-only
save-saving = Saving…
save-unsaved = Unsaved changes
save-saved = Saved
sidecar-missing = no sidecar yet
sidecar-format = sidecar format { $version }
sidecar-newer = sidecar format { $version } (newer: read-only)
sidecar-unreadable = sidecar unreadable: { $error }

## Top bar and the View menu

top-select-first = Select text in the article first
top-article-path = Article path
top-open = Open
top-open-sample = Open sample
top-open-sample-tip = A short Arabic report written for Marsad, to try it on
open-opening = Opening { $file }…
open-reading-mb = reading { $read } of { $size } MB
open-stage-reading = reading
open-stage-decoding = decoding
open-stage-placing = placing annotations
open-stage-preparing = preparing the text
menu-open-recent = Open recent
menu-recent-none = Nothing yet
view-language = Language
view-theme = Theme
view-theme-system = System theme
view-theme-light = Light
view-theme-dark = Dark
view-panels = Panels
view-panel-lists = Corpus and entities
view-panel-inspector = Inspector
view-panel-claims = Claims
view-article-font = Article font
view-face-amiri = Amiri (Naskh)
view-face-noto = Noto Sans Arabic (Sans)
view-size = Size { $points } pt
view-line-spacing = Line spacing
view-snap-words = Select whole words
view-snap-words-tip = A mouse selection widens to whole words. Hold Ctrl while dragging to select exact characters.
view-controls-shown = Bidi controls are shown
view-controls-hidden = Bidi controls are hidden

## Lists: the corpus, entities, claims by speaker, and the claims table

lists-corpus = Corpus: { $folder }
lists-listing = Listing…
lists-corpus-row = { $file } · { $actors }A { $locations }L { $claims }C
lists-corpus-row-done = { $file } · { $actors }A { $locations }L { $claims }C · done
lists-corpus-keys = Next and previous: Ctrl+PageDown, Ctrl+PageUp
lists-actors = Actors ({ $count })
lists-locations = Locations ({ $count })
lists-entities-none = None yet: select a name and press A or L
lists-next-mention = Go to its next mention
lists-orphaned = { $count ->
    [one] 1 orphaned annotation (not in the current text)
   *[other] { $count } orphaned annotations (not in the current text)
}
lists-claims-by-speaker = Claims by speaker ({ $count })
lists-claims-none = None yet: select a sentence and press C
lists-next-claim = Go to its next claim
lists-no-speaker = No speaker yet ({ $count })
lists-claims = Claims ({ $count })
claims-speaker = Speaker
claims-cue = Cue
claims-status = Status
claims-answers = Answers
claims-claim = Claim

## Find bar

find-label = Find
find-hint = word or name
find-previous = Previous
find-previous-tip = Previous match (Shift+Enter, Shift+F3)
find-next = Next
find-next-tip = Next match (Enter, F3)
find-close = Close
find-close-tip = Close (Escape)
find-none = No matches
find-at = { $at } of { $count }
find-at-inside-words = { $at } of { $count } (inside words)
find-count = { $count ->
    [one] 1 match
   *[other] { $count } matches
}

## Tag all occurrences, picking a speaker, and words used everywhere

offer-review = Review and tag…
offer-dismiss = Dismiss
offer-window = Tag all occurrences
offer-others = Other mentions of «{ $name }»:
offer-tag-this = Tag this mention
offer-show = Show it in the text
offer-tag = { $count ->
    [one] Tag 1 mention
   *[other] Tag { $count } mentions
}
speaker-picking = Click an actor mention to make it the claim's speaker (Escape cancels)
cancel = Cancel

## Inspector

inspector-article = Article
inspector-select = Select an annotation in the text to edit it.
inspector-done = Done: fully annotated
inspector-done-tip = Shown in the corpus list (Ctrl+D)
field-outlet = Outlet
field-url = URL
field-published = Published (YYYY-MM-DD)
claim-copy-citation = Copy citation:
claim-copy-citation-tip = «quote» — speaker, outlet, date, URL, accessed (Ctrl+Shift+C)
claim-speaker = Speaker
claim-no-speaker = No speaker yet
claim-pick = Pick in text
claim-pick-tip = Then click an actor mention (S; Ctrl+click works too)
claim-clear = Clear
claim-choose-speaker = Choose the speaker
claim-cue = Cue
claim-cue-from-selection = Cue from selection
claim-cue-tip = Select the reporting verb (قال، نفى، أكد…) in the text, then click
claim-clear-cue = Clear cue
claim-status = Status
claim-reliability = Source reliability
claim-credibility = Credibility
claim-relation = Relation
claim-the-claim = …the claim:
claim-answer-this = Answer this claim
claim-tag-other-first = Tag the other claim first.
claim-go-answered = Go to the answered claim
entity-heading = Entity
entity-not-linked = Not linked to an entity.
entity-tag-all = Tag all occurrences…
entity-tag-all-tip = Review its other mentions and tag them (T)
entity-matching = Matching entities
entity-link-this = Link the mention to this entity
entity-link-other = Link to another entity
entity-new-from-mention = New entity from this mention
entity-unlink = Unlink
field-name = Name
field-wikidata = Wikidata
field-actor-type = Actor type (ACLED)
field-latitude = Latitude
field-longitude = Longitude
field-country = Country
field-admin1 = Admin 1
field-admin2 = Admin 2
field-admin3 = Admin 3
field-precision = Precision
field-entity-note = Entity note
entity-aliases = Aliases
entity-remove-alias = Remove this alias
entity-add-alias = Add this mention as an alias
entity-add-alias-tip = Add «{ $name }» to the entity's names
field-new-alias = New alias
entity-add = Add
inspector-actor-mention = Actor mention
inspector-location-mention = Location mention
inspector-claim = Claim
inspector-moved = The article changed; this was placed on different text. It was:
inspector-accept-new = Accept the new text
field-note = Note
inspector-delete = Delete annotation
inspector-delete-tip = Remove it (Delete)
entity-mentions = { $count ->
    [one] 1 mention in this article
   *[other] { $count } mentions in this article
}
field-too-long = { $field }: too long to edit here ({ $kb } KB); it is kept as it is.

## Windows that ask: closing, recovery, conflicts; dropping

diff-added = { $count ->
    [one] 1 annotation added
   *[other] { $count } annotations added
}
diff-removed = { $count } removed
diff-changed = { $count } changed
diff-entities = { $count ->
    [one] 1 entity added, removed or edited
   *[other] { $count } entities added, removed or edited
}
diff-meta = article details edited
diff-none = no differences
list-separator = { ", " }
kind-actor = actor
kind-location = location
kind-claim = claim
close-conflicts = Conflicts to review
close-conflicts-text = The sidecar was changed elsewhere while this window had unsaved changes. Both were saved together, but { $count ->
    [one] 1 annotation was
   *[other] { $count } annotations were
} changed in both places and this window's version was kept.
close-review = Review the conflicts
close-keeping-mine = Close, keeping this window's versions
close-not-saved = Annotations not saved
close-not-saved-text = Marsad could not save the annotations: { $reason }
    Closing now would lose the changes since the last save, but for what the recovery file keeps: Marsad offers that when the article is next opened.
close-keep-open = Keep Marsad open
close-without-saving = Close without saving
recovery-title = Recover unsaved annotations
recovery-text = Marsad ended without saving this article's annotations. A recovery file written on { $when } holds changes the saved annotations lack: { $changes }.
recovery-text-undated = Marsad ended without saving this article's annotations. A recovery file holds changes the saved annotations lack: { $changes }.
recovery-restore = Restore
recovery-restore-tip = Take the recovered annotations (Ctrl+Z undoes it)
recovery-discard = Discard
recovery-discard-tip = Keep the saved annotations and delete the recovery file
conflicts-title = Conflicts
conflicts-text = These annotations were changed both here and in the sidecar saved by someone else. This window's version was kept; take the other one where it is right.
conflict-removed-here = removed here, edited there
conflict-removed-there = edited here, removed there
conflict-edited-both = edited differently here and there
conflict-take-theirs = Take theirs
conflict-remove-as-they-did = Remove it, as they did
conflict-keep-mine = Keep mine for all
drop-hint = Drop an article or a folder to open it
diff-line = { $sign } { $kind }: «{ $quote }»

## Welcome, notices, the context menu, Help and About

welcome-title = Marsad · مرصد
welcome-text = Open an article (Ctrl+O) or a folder of articles (Ctrl+Shift+O), type a path above, or drop a file or folder on the window.
welcome-recent = Recent
failed-title = Could not open the article
notice-edit-anyway = Edit anyway
notice-edit-anyway-tip = Both windows may then save: the later save merges or reports what the other wrote
context-nothing = Select text to tag it, or click a highlight
help-title = Keyboard shortcuts
help-text = Select text with the mouse (or Shift+arrows), then press A, L or C. Click a highlight to select it; Delete removes it. Shortcuts do nothing while you type in a field.
help-menu-only = menu only
about-no-data-folder = nowhere: this system has no data folder
about-title = About Marsad
about-version = Marsad { $version }
about-description = Annotate Arabic-first conflict news: actors, locations and claims
about-app-id = Application id: { $id }
about-licence = The code is licensed { $licence }; the bundled fonts are under the SIL Open Font License 1.1 (OFL-1.1). Installed, the licence texts are in /usr/share/doc/marsad/.
about-font-amiri = Amiri (Naskh, the article's face)
about-font-noto = Noto Sans Arabic and Noto Sans (the interface)
about-settings = Settings
about-annotations = Annotations
about-annotations-where = beside each article: a.txt.marsad.ron (and .bak, the previous version)
about-recovery = Recovery files
about-recovery-where = beside each article while changes are unsaved: a.txt.marsad.ron.recovery
about-sample = Sample article
about-sample-none = not installed
about-sample-where = { $bundled }, opened as a copy in { $folder }

## Export

export-choose-folder-first = Choose a folder to export to
open-article-first = Open an article first
export-title = Export
export-format = Format
export-format-csv = CSV tables (annotations and claims)
export-format-w3c = W3C Web Annotation (JSON-LD)
export-format-brat = brat standoff (.txt and .ann)
export-format-conll = CoNLL IOB tokens
export-format-html = HTML report
export-this-article = This article
export-whole-corpus = { $count ->
    [one] The whole corpus (1 article)
   *[other] The whole corpus ({ $count } articles)
}
export-to = Export to
export-choose = Choose…
export-progress = { $done } of { $total }
export-start = Export
export-result = { $done } of { $total } exported
export-result-cancelled = { $done } of { $total } exported, cancelled
export-summary = Exported { $done } of { $total ->
    [one] 1 article
   *[other] { $total } articles
} as { $format } to { $folder }
export-summary-cancelled = { " (cancelled)" }
export-summary-failed = { $count } failed
export-summary-orphans = { $count ->
    [one] 1 orphaned annotation (no longer in the text) was left out
   *[other] { $count } orphaned annotations (no longer in the text) were left out
}
export-summary-warnings = { $count } warnings (listed in the Export window)
clause-separator = { "; " }
citation-copied = Citation copied ({ $style })
citation-plain = Plain text
citation-markdown = Markdown
citation-html = HTML
citation-csl-json = CSL-JSON

## What the article's commands say when they cannot be done, and hover labels

err-select-claim-for-speaker = Select a claim first, then pick its speaker
err-needs-no-article = { $command } needs no article
err-select-text-first = Select some text first, then press A, L or C
err-select-mention-first = Select an actor or location mention first
err-all-tagged = Every mention of it is already tagged
err-select-annotation-first = Select an annotation first (click it)
err-nothing-to-undo = Nothing to undo
err-nothing-to-redo = Nothing to redo
err-speaker-unlinked = That actor mention is not linked to an entity: link it first
err-click-actor-for-speaker = Click an actor mention to make it the speaker
err-select-claim-first = Select a claim first
err-select-cue-first = Select the cue's words in the text first
err-select-claim-to-cite = Select a claim (or text with claims in it) to cite
hover = { $kind }: «{ $quote }»
hover-with-entity = { $kind }: «{ $quote }» — { $entity }

## Notices above the article

quoted = «{ $quote }»
notice-read-only = Annotations are read-only: { $reason }
notice-orphans = { $count ->
    [one] 1 annotation could not be placed in the current text and is kept as an orphan: { $quotes }
   *[other] { $count } annotations could not be placed in the current text and are kept as orphans: { $quotes }
}
notice-placed-text-changed = The article text changed since the annotations were saved: { $count } were placed again ({ $fuzzy } on text that differs from their quote; their old quote is kept for review).
notice-placed-offsets = Some annotations did not match the text at their offsets: { $count } were placed again ({ $fuzzy } on text that differs from their quote; their old quote is kept for review).

## The disk: recovery, another writer's sidecar, the article changed

recovery-unreadable = A recovery file was found but cannot be read, so it is left alone: { $error }
reload-removed = The sidecar was removed from disk by someone else; the annotations here will be saved again
reload-merged = The sidecar was changed on disk ({ $changes }); merged with the unsaved changes here
reload-reloaded = The sidecar was changed on disk ({ $changes }); reloaded
reload-conflicts = { $count } changed both here and there: this window's version was kept (see Conflicts)
reload-failed = The sidecar was changed on disk and could not be taken in, so nothing is saved over it; the annotations here are kept in the recovery file: { $error }
article-gone = { $file }: the article was moved or removed on disk; its annotations stay open here
article-edited-not-saved = The article was edited on disk, but it is not reopened because the annotations could not be saved first: { $error }
article-reopened = { $file }: the article was edited on disk and is reopened; its annotations are placed in the new text
recovery-restored = Restored: { $changes }
recovery-not-restored = Could not restore the recovery file: { $error }
recovery-discarded = The recovered annotations were discarded
conflict-took-theirs = Took the other version of { $what } (Ctrl+Z undoes it)

## What the window says about opening, saving and moving through the corpus

err-no-sample = There is no sample article here
err-sample = The sample could not be opened: { $error }
conflicts-kept-mine = Kept this window's version of every conflicting annotation
err-stays-open = { $error }. The article stays open so nothing is lost.
err-open-folder-first = Open a folder first (File > Open folder…)
err-folder-empty = The folder has no articles
err-last-article = This is the last article of the folder
err-first-article = This is the first article of the folder
no-dialog-export = No file dialog is available here: type the folder in the Export window
no-dialog-article = No file dialog is available here: type the article's path in the field above and press Enter
no-dialog-folder = No file dialog is available here: type the folder's path in the field above and press Enter
err-save-conflicts = The sidecar was changed elsewhere and { $count ->
    [one] 1 annotation was
   *[other] { $count } annotations were
} changed both there and here: review them in the Conflicts window first
err-no-article = No article is open
err-not-saved = Not saved: { $reason }

## The library's errors, as the window words them (app/errors.rs)

io-permission-denied = permission denied
io-not-found = no such file or folder
io-storage-full = the disk is full
io-read-only-fs = the disk is read-only
io-is-a-folder = it is a folder
load-not-found = { $file }: no such file
load-is-folder = { $file }: is a folder, not an article file
load-not-a-file = { $file }: is not a regular file
load-empty = { $file }: is empty: there is no text to annotate
load-too-large = { $file }: is { $size } MiB, larger than the { $limit } MiB limit for one article
load-binary = { $file }: is not a text file: { $what }
load-unreadable = { $file }: cannot be read: { $reason }
sidecar-err-unreadable = { $file }: cannot be read: { $reason }
sidecar-err-too-large = { $file }: is { $size } bytes, more than the { $limit } MiB a sidecar may have
sidecar-err-not-utf8 = { $file }: is not UTF-8 text
sidecar-err-syntax = { $file }: line { $line }, column { $column }: { $detail }
sidecar-err-too-new = { $file }: it was written by a newer Marsad (format version { $found }); this version reads format versions up to { $supported }: update Marsad to open it
sidecar-err-unknown-version = { $file }: format version { $found } is not one Marsad has ever written
sidecar-err-invalid = { $file }: { $detail }
sidecar-err-serialize = { $file }: could not be written: { $detail }
sidecar-err-read-only = { $file }: not saved: { $reason }
sidecar-err-changed = { $file }: not saved: the file changed on disk after it was opened (another Marsad window, a sync or a git pull?); Marsad will not write over that change
sidecar-err-merge = { $file }: not saved: merging with the annotations saved elsewhere failed: { $detail }
sidecar-err-write = { $file }: could not be saved: { $reason }
read-only-newer = it was written by a newer Marsad (format version { $found }; this one writes { $supported }), so it is open read-only
read-only-unreadable = it could not be read ({ $error }), so Marsad will not write over it
corpus-err-no-articles = { $folder }: folder has no articles (files ending in .txt, .md, .markdown or .text)
corpus-err-unreadable = { $folder }: folder cannot be read: { $reason }
cmd-read-only = annotations are read-only: { $reason }
cmd-empty-span = select some text first
cmd-already-tagged = «{ $quote }» is already tagged as { $kind }
cmd-no-annotation = that annotation no longer exists
cmd-not-an-actor = a speaker must be an actor entity
cmd-nothing-to-tag = every one of those mentions is already tagged
cmd-not-a-claim = that annotation is not a claim
cmd-invalid-document = that document cannot be taken in: { $detail }
cmd-wrong-kind = a { $kind } mention can only be linked to a { $kind } entity
edit-no-entity = that entity no longer exists
edit-entity-in-use = the entity is still linked from annotations; unlink them first
edit-missing-entity = the annotation refers to an entity that does not exist
edit-malformed = the annotation is malformed: an empty span, or claim details that do not fit its kind
window-title = Marsad — { $title }
dialog-articles = Articles
entity-matching-tip = Entities whose name or alias is this mention (with or without و ف ب ل ك ال)
read-only-held = { $holder } has this article open, so it is read-only here to keep the two from writing over each other
corpus-thread-stopped = the listing thread stopped
recovery-not-discarded = { $file }: { $reason }
export-err-sidecar = { $file }: is a Marsad sidecar, not an article
export-err-out-folder = { $file }: the output folder cannot be created: { $reason }
export-err-unreadable = { $file }: not exported: its annotations could not be read ({ $error })
export-err-render = { $file }: { $detail }
export-err-folder = { $file }: { $folder }: cannot be created: { $reason }
export-err-refused = { $file }: not exported: { $path }: { $why }; choose another output folder
export-err-write = { $file }: { $path }: cannot be written: { $reason }
export-err-stopped = the export thread stopped unexpectedly
export-refused-article = it would be written over an article
export-refused-sidecar = it would be written over a sidecar
export-refused-neighbour = it would be written over an article beside the ones exported
export-refused-same-name = another article of this export has the same name
export-warning = { $file }: { $what }
export-warn-url = the article URL "{ $url }" is not a URL ({ $detail }): the W3C targets are written without a scope
export-warn-wikidata = { $name } has the Wikidata id "{ $id }", which is not one (Q and digits): it is linked by its urn:uuid instead
lists-counting = Counting annotations: { $done } of { $total ->
        [one] 1 article
       *[other] { $total } articles
    }
lists-corpus-row-counting = { $file } · …

## The corpus registry and its suggestions

registry-err-unreadable = { $file }: the corpus registry cannot be read: { $reason }
registry-err-syntax = { $file }: the corpus registry does not parse: line { $line }, column { $column }: { $detail }
registry-err-too-new = { $file }: the corpus registry was written by a newer Marsad (format version { $found }): update Marsad to use it
registry-err-not-saved = { $file }: the corpus registry was not saved: { $reason }; Marsad will not write over it until it is mended
registry-err-exists = { $file }: this folder is a corpus already
registry-err-other = { $detail }
notice-registry = The corpus registry cannot be used: { $reason }. The article shows the entities its sidecar keeps, and the registry is not written until it is mended.
notice-missing = { $count ->
    [one] One entity of this article is not in the corpus registry ({ $names }): the article's own copy is used.
   *[other] { $count } entities of this article are not in the corpus registry ({ $names }): the article's own copies are used.
}
notice-lookalikes = { $count ->
    [one] One entity looks like one in the corpus registry: { $pairs }. They are kept apart until you merge them.
   *[other] { $count } entities look like ones in the corpus registry: { $pairs }. They are kept apart until you merge them.
}
hover-not-in-registry = not in the corpus registry
lookalike-pair = { $entity } ≈ { $like }
suggestion-bar = Suggested ({ $index } of { $count }): { $quote } as a mention of { $name }
suggestion-count = { $count ->
    [one] One suggestion from the corpus registry
   *[other] { $count } suggestions from the corpus registry
}
suggestion-tip = Suggested by the corpus registry: { $name }. Enter accepts, R rejects, ] and [ move.
corpus-made = { $folder } is a corpus now: its registry is { $file }
registry-saved-merged = The corpus registry was changed by someone else meanwhile: their changes were merged in
err-no-suggestions = The corpus registry suggests nothing in this article
err-no-suggestion-current = Go to a suggestion first (] or F8)
action-registry = Corpus registry…
action-registry-tip = Every entity of this corpus, with its mentions across the articles: rename, aliases, merge
registry-title = Corpus registry
registry-none = This article is in no corpus: “Use this folder as a corpus” in the File menu makes one
registry-undo = Undo registry edit
registry-redo = Redo registry edit
registry-filter = Filter by name
registry-count = { $shown } of { $count } entities
registry-row = { $name } · { $kind } · { $mentions } mentions in { $articles } articles
registry-row-plain = { $name } · { $kind }
registry-name = Canonical name
registry-aliases = Aliases (one a line)
registry-apply = Apply names
registry-merge-start = Merge another entity into this one…
registry-merge-pick = Click the entity to merge into { $name }
registry-merge-confirm = Merge { $absorbed } into { $survivor }
registry-merge-cancel = Cancel
registry-edit-refused = The registry was not changed: { $reason }
