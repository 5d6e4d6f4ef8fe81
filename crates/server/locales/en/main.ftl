# cyberindex interface: English (the reference language).
# Keys are grouped by page. Keep each message a whole sentence or label; never build sentences
# from pieces in code.

## Layout
skip-to-content = Skip to main content
demo-banner = Demonstration data: not real assessments.
nav-label = Main
nav-editions = Editions
nav-users = Users
nav-outbox = Outbox
nav-my-responses = My responses
nav-account = Account
nav-sign-in = Sign in
nav-sign-out = Sign out
language-label = Language
footer-text = cyberindex: open software for national cybersecurity capacity programmes.
back-home = Back to the start page
yes = Yes
no = No

## Home
home-title = National cybersecurity capacity programme
home-intro = Countries answer the questionnaire here, the secretariat reviews every answer with them, and validated results are published.
home-nothing-published = No results have been published yet.
published-notice = Version { $version } of the results is published.
published-open = Open the published results
home-all-results = All published results
nav-results = Results
my-responses-title = My responses
my-responses-none = There is no open questionnaire for you at the moment.
col-edition = Edition
col-country = Country
col-status = Status
col-deadline = Deadline
col-framework = Framework
col-opens = Opens
col-countries = Countries
col-state = State
col-actions = Actions
col-complete = Complete
col-last-activity = Last activity

## Sign in
login-title = Sign in
field-email = Email address
field-password = Password
login-submit = Sign in
login-forgot = Forgotten your password?
login-failed = The email address or the password is not right. Check both and try again.
totp-code-title = Authentication code
field-totp-code = Six-digit code
totp-code-help = Open your authenticator app and enter the code it shows for cyberindex.
totp-code-submit = Continue
totp-code-wrong = That code is not right or has expired. Enter the code your app shows now.

## Passwords and links
field-new-password = New password
field-confirm-password = Type the new password again
password-help = At least 12 characters. A few unrelated words make a strong password.
set-password-submit = Set password
password-too-short = The password is too short: use at least 12 characters.
password-common = This password is one of the 10,000 most common passwords, which attackers try first. Choose another: several unrelated words in a row are long and easy to remember.
password-common-variant = This password is a very common password with digits or symbols added, which attackers also try first. Choose another: several unrelated words in a row are long and easy to remember.
password-repetitive = This password repeats a short pattern or uses very few different characters, so it is quick to guess. Choose another: several unrelated words in a row are long and easy to remember.
password-mismatch = The two passwords are not the same. Type them again.
invitation-title = Welcome to cyberindex
invitation-intro = Choose a password to finish setting up your account. This link works once.
reset-title = Reset your password
reset-intro = Enter the email address of your account. We will send you a link to choose a new password.
reset-submit = Send the link
reset-sent = If an account uses this address, a link to reset its password is on its way. It works once, for one day.
reset-confirm-title = Choose a new password
reset-confirm-intro = Choose a new password for your account. Signing in elsewhere will need it too.

## Account
account-title = Your account
totp-title = Two-factor authentication
totp-on = Two-factor authentication is on: signing in asks for a code from your app.
totp-disable = Turn off two-factor authentication
totp-required = Your role requires two-factor authentication. Set it up to continue.
totp-setup-intro = Scan this code with an authenticator app (or type the key below), then enter the six-digit code it shows.
totp-qr-alt = QR code to add cyberindex to an authenticator app
totp-secret-label = Key:
totp-enable = Turn on two-factor authentication
tokens-title = API tokens
tokens-intro = Scripts use a personal token in the header "Authorization: Bearer TOKEN". A token acts with your rights; revoke it when it is no longer needed.
tokens-new = Copy your new token now: it will not be shown again.
tokens-none = You have no tokens.
tokens-name = Token name
tokens-created = Created
tokens-last-used = Last used
tokens-state = State
tokens-revoke = Revoke
tokens-revoked = Revoked
tokens-create = Create token

## Roles and statuses
role-admin = Secretariat administrator
role-reviewer = Reviewer
role-focal-point = Focal point
role-contributor = Contributor
role-observer = Observer
status-not-started = Not started
status-in-progress = In progress
status-submitted = Submitted
status-in-review = In review
status-validated = Validated

## Editions
editions-title = Editions
editions-new = New edition
editions-none = There are no editions yet.
editions-archive = Archive
editions-create = Create edition
edition-open = Open
edition-archived = Archived
edition-field-id = Edition id
edition-field-id-help = Lowercase letters, digits and dashes, such as 2026. It appears in addresses and cannot change.
edition-field-name = Name
edition-field-framework = Framework
edition-field-framework-file = Or upload a framework file (TOML)
edition-field-opens = Opening date
edition-field-deadline = Deadline
edition-field-countries = Participating countries
edition-field-countries-help = "all" for every country of the master list, or ISO 3166-1 alpha-3 codes separated by commas.
edition-field-carry-forward = Carry answers forward from
edition-carry-forward-none = Do not carry answers forward
edition-field-carry-forward-help = Each country's answers from that edition are pre-filled, marked as carried forward, and must be confirmed by the country.
form-errors = Please correct these problems

## Dashboard
dashboard-title = Dashboard
dashboard-summary = Deadline { $deadline }. Framework { $framework }.
dashboard-filters = Filter the countries
dashboard-region = ITU region
dashboard-status = Status
dashboard-all = All
dashboard-apply = Apply filters
dashboard-caption = { $count ->
    [one] One country
   *[other] { $count } countries
}

## Workspace
workspace-status = Status:
workspace-deadline = Deadline:
readonly-submitted = This response has been submitted and can no longer be changed.
readonly-viewer = You can read this response but not change it.
progress-title = Progress
progress-pillar = Pillar
progress-answered = Answered
progress-evidence-missing = Evidence missing
progress-total = All pillars
questions-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
autosave-saving = Saving…
autosave-saved = All changes saved.
autosave-offline = Not saved yet: the connection dropped. Your answer is kept on this device and will be saved when the connection returns.
autosave-error = This answer could not be saved. Check the message next to it.
autosave-conflict = Someone else changed this answer while you were editing. Choose which value to keep.
conflict-title = This answer was changed by someone else
conflict-intro = While you were editing, someone else saved this answer. Choose which value to keep.
conflict-theirs = Their value
conflict-mine = Your value
conflict-keep-theirs = Keep their value
conflict-use-mine = Save my value instead
conflict-empty = (no answer)
# carry-forward (issue 14 item 7)
confirm-pillar-button = { $count ->
    [one] Confirm the unchanged answer in { $pillar }
   *[other] Confirm the { $count } unchanged answers in { $pillar }
}
confirm-pillar-hint = { $count ->
    [one] One answer in this pillar was filled in for you and has not been changed. If it still holds, confirm it in one step. The confirmation is recorded in the audit trail.
   *[other] { $count } answers in this pillar were filled in for you and have not been changed. If they still hold, confirm them all in one step. Each confirmation is recorded in the audit trail.
}
confirm-pillar-done = { $count ->
    [0] Nothing was left to confirm in { $pillar }.
    [one] 1 answer confirmed in { $pillar }.
   *[other] { $count } answers confirmed in { $pillar }.
}
confirm-pillar-next = { $count ->
    [one] Next: 1 unchanged answer to confirm in { $pillar }
   *[other] Next: { $count } unchanged answers to confirm in { $pillar }
}
evidence-carried-from = Carried from { $edition }
conflict-changed-by = Changed by { $who } on { $when }.
conflict-changed-at = Changed on { $when }.
evidence-required-tag = Evidence required
prefilled-secretariat = Pre-filled by the secretariat from public sources. Please confirm or correct it.
prefilled-carried-forward = Carried forward from the previous edition. Please confirm or correct it.
guidance = Guidance
evidence-expected = Evidence expected:
not-answered = Not answered
field-number = Number
number-hint-whole = Whole number
number-hint-min = { $min } or more
number-hint-max = { $max } or less
number-hint-range = From { $min } to { $max }
text-hint-max-length = At most { $max } characters
field-url = Web address
field-date = Date
field-text = Answer
field-comment = Comment (optional)
save-page = Save the answers on this page
evidence-title = Evidence
evidence-none = No evidence attached yet.
evidence-public = public
evidence-confidential = confidential
evidence-delete = Remove
evidence-link = link
evidence-add = Attach evidence
evidence-field-title = Title of the document
evidence-field-url = Web address of the evidence
evidence-field-file = Or a file
evidence-upload-hint = Give a web address or choose a file: PDF, office document, image or text, up to { $size } MB.
evidence-field-language = Language of the document
evidence-language-other = Another language
evidence-field-date = Date of the document
evidence-field-public = May be published with the results
evidence-add-submit = Attach

## Submit
submit-review-link = Review and submit
submit-title = Review and submit
submit-summary = { $answered } of { $relevant } questions answered.
submit-unanswered = Unanswered questions
submit-no-evidence = Answers without the required evidence
submit-none = None.
submit-confirm = I have reviewed the answers and confirm they are complete and correct to the best of my knowledge.
submit-button = Submit the response
submit-focal-only = Only the country's focal point can submit the response.
submit-back = Back to the questionnaire

## Users and outbox
users-title = Users
users-invite = Invite a user
users-invite-submit = Send invitation
users-invited = Invitation created. The link below was emailed (or is in the outbox); it works once.
users-list = All users
users-2fa = Two-factor
users-last-login = Last sign-in
field-name = Name
field-role = Role
field-country = Country
field-country-help = Required for focal points and contributors.
field-observed = Countries to observe
field-observed-help = For observers: ISO 3166-1 alpha-3 codes separated by commas.
outbox-title = Outbox
outbox-intro-smtp = Every message the system sends, with its delivery state.
outbox-intro-no-smtp = Email is not configured, so messages are kept here. Forward the links to the people concerned.
outbox-empty = No messages.
outbox-sent = sent
outbox-not-sent = not sent
outbox-failed = failed

## Errors
error-not-found = Page not found
error-not-found-text = This page does not exist, or you do not have access to it.
error-unauthorized = Sign in first
error-unauthorized-text = Sign in to continue.
error-rate-limited = Too many attempts
error-rate-limited-text = Wait a minute, then try again.
error-cross-site = Request refused
error-cross-site-text = The request did not come from this site. Go back, reload the page and try again.
error-internal = Something went wrong
error-internal-text = The error has been logged. Try again in a moment; if it keeps happening, tell the secretariat.
error-locked = This response can no longer be changed
error-problem = There is a problem
error-closed = This part of the response is not open to change

## Review and validation
status-returned = Returned for revision
nav-notifications = Notifications
nav-webhooks = Webhooks
nav-audit = Audit trail
queue-title = Review queue
queue-caption = { $count ->
    [one] One response
   *[other] { $count } responses
}
queue-all-review = Submitted and later
queue-reviewer = Reviewer
queue-mine = Assigned to me
queue-unassigned = Nobody assigned
queue-due = Deadline
queue-overdue = Overdue
queue-week = Due within 7 days
queue-deadline = Deadline
queue-submitted = Submitted
review-title = Review
review-round = Round
review-round-deadline = answer by
review-country-view = Country view
review-actions = Response
review-summary = { $blocking } questions asked are not accepted yet. { $shown } questions shown.
review-validate = Mark as validated
review-validate-blocked = Every question asked must be accepted in its current version before the response can be validated.
review-return = Send back to the country
review-return-deadline = Deadline for this round
review-return-message = Message to the country (optional)
review-return-submit = Send back and open a new round
review-reopen = Reopen the validated response
review-reopen-reason = Reason (kept in the audit trail)
review-reopen-submit = Reopen
review-filter = Questions shown
review-show-all = All questions
review-show-open = Not yet accepted
review-show-changed = Changed since the last round
review-none-shown = No question here matches.
review-accepted-tag = Accepted
review-not-asked = Not asked
review-answer = Answer
review-history = Decisions
review-outdated = the answer has changed since
review-proposed = Proposed value
review-decision = Review decision
review-comment = Comment to the country
review-comment-hint = Required to request clarification or to reject.
review-decide = Record decision
decision-accept = Accept
decision-clarify = Request clarification
decision-reject = Reject
diff-caption = Changes since round
diff-field = Field
diff-before = Before
diff-after = After
diff-value = Answer
diff-comment = Comment
diff-evidence = Evidence
thread-title = Discussion with the country
thread-empty = No messages yet.
thread-write = Write a message
thread-send = Send message
notes-title = Reviewer notes
notes-explained = Only the secretariat sees these notes; the country never does.
notes-write = Write a note
notes-send = Save note
needs-action = Needs your action
round-title = Review round
round-explained = The reviewers sent the response back for another round. Answer what they asked about, and any question still open, then submit again. Only accepted answers are frozen.
scores-title = Scores
scores-caption = Provisional and official scores
score-overall = Overall
score-provisional = Provisional score
score-official = Official score
scores-explained = The provisional score counts the current answers. The official score counts only answers the reviewers have accepted; the others count as unanswered.
provenance-country = given by the country
provenance-secretariat = drafted by the secretariat
provenance-carried-forward = carried forward
outcome-confirmed = confirmed by the country
outcome-corrected = corrected by the country
outcome-kept-by-policy = kept by the deadline policy
outcome-dropped-by-policy = dropped by the deadline policy
outcome-unconfirmed = not yet confirmed
prefilled-confirm = Confirm this answer as it stands
assign-title = Reviewers
assign-none = No reviewer assigned: every reviewer is notified.
assign-whole = Whole response
assign-reviewer = Reviewer
assign-pillar = Pillar
assign-add = Assign
assign-remove = Remove
desk-explained = The country has not submitted. The secretariat can draft answers from public sources; the country then confirms or corrects them.
desk-draft = Draft an answer from public sources
desk-source = Source (required)
desk-save = Save draft
desk-send = Ask the country to confirm the drafts
desk-policy-title = Desk research at the deadline
desk-policy-explained = What happens to drafted answers the country has not confirmed or corrected by the deadline. Applying the policy records the outcome of every such answer and submits those responses for review.
desk-policy-label = Policy
desk-policy-keep = Keep the draft as the answer
desk-policy-drop = Drop the draft (unanswered)
desk-policy-save = Save policy
desk-policy-apply = Apply the policy now
audit-title = Audit trail
audit-caption = { $count ->
    [one] One entry, newest first
   *[other] { $count } entries, newest first
}
audit-question = Question
audit-user = User (email)
audit-action = Action
audit-object = Object
audit-when = When
audit-reason = Reason
audit-csv = Download as CSV
notifications-title = Notifications
notifications-none = No notifications.
notifications-new = New:
notifications-mark-read = Mark all as read
notify-status = { $country }: the response is now “{ $status }”
notify-message = { $country }: new message on question { $question }
notify-drafts = { $country }: the secretariat drafted answers for you to confirm or correct
notify-open = Open
webhooks-title = Webhooks
webhooks-explained = Every change of a response's status is posted as signed JSON to each address below. The X-Cyberindex-Signature header holds sha256= and the HMAC-SHA256 of the body under the address's secret. Failed deliveries are retried with backoff.
webhooks-secret-once = Signing secret, shown once, for
webhooks-none = No webhooks.
webhooks-url = Address
webhooks-add = Add webhook
webhooks-disable = Disable
webhooks-log = Deliveries
webhooks-event = Event
webhooks-attempts = Attempts
webhooks-outcome = Outcome
webhook-delivered = delivered { $when }
webhook-retrying = retrying at { $when } ({ $error })
webhook-failed = given up ({ $error })
scores-counted = answers counted

## Error messages
error-conflict-text = The answer was changed by someone else.
error-locked-status = The response is { $status } and can no longer be changed.
error-admins-only = This is for secretariat administrators.
error-secretariat-only = This is for the secretariat.
error-audit-readers = The audit trail is for the secretariat and the countries.
error-dashboard-readers = The dashboard is for the secretariat and observers.
error-country-write = Only the country's focal point and contributors can change its answers.
error-submit-focal = Only the country's focal point can submit the response.
error-review-secretariat = Reviewing is for the secretariat.
error-observers-read-only = Observers read the discussions but do not write in them.
error-reopen-admin = Only a secretariat administrator can reopen a validated response.
error-notes-secretariat = Reviewer notes are for the secretariat.
error-totp-code-first = Enter your authentication code first.
error-totp-enrol-first = Set up two-factor authentication first: your role requires it.
error-totp-required = Your role requires two-factor authentication.
error-body-too-large = The request body is larger than 1 MB.
error-json-invalid = The request body is not valid: { $detail }
error-form-unreadable = The form could not be read: { $detail }
error-field-unknown = Unknown field “{ $field }”.
error-comment-too-long = The comment is longer than 10,000 characters.
error-message-too-long = The message is longer than 10,000 characters.
error-message-empty = The message is empty: write something first.
error-write-message = Write a message first.
error-value-option = “{ $value }” is not an option of this question: use one of { $options }, or leave it empty.
error-value-options = “{ $value }” holds something that is not an option of this question: choose among { $options }.
error-value-number = “{ $value }” is not a number: write it with a dot for decimals, such as 12 or 3.5.
error-value-below = { $value } is below { $min }, the smallest value this question accepts.
error-value-above = { $value } is above { $max }, the largest value this question accepts.
error-value-whole = { $value } is not a whole number: this question counts things.
error-value-url = “{ $value }” is not a web address: write an http:// or https:// address.
error-value-date = “{ $value }” is not a date: write it as YYYY-MM-DD, such as 2024-03-31.
error-value-list = A list of options must hold only option ids (strings).
error-value-type = The value must be an option id, a list of option ids, a number, a text or null.
error-version-number = The version must be a whole number.
error-version-missing = The version the answer was loaded at is required.
error-upload-interrupted = The upload was interrupted: { $detail }
error-file-too-large = The file is larger than the limit of { $size } MB.
error-file-empty = The file is empty.
error-file-type = This kind of file is not accepted: upload a PDF, an office document (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt), an image (PNG, JPEG, GIF, WebP) or a text or CSV file.
error-evidence-title = Give the evidence a title of 1 to 300 characters.
error-evidence-language = The language must be ar, zh, en, fr, ru, es or other.
error-evidence-field-unknown = Unknown field “{ $field }”: use title, url, file, language, issued_on or public.
error-date-format = Write the date as YYYY-MM-DD.
error-link-or-file = Give either a link or a file, not both.
error-link-or-file-missing = Give a link or choose a file.
error-link-scheme = The link must be an http:// or https:// address.
error-token-name = Give the token a name of 1 to 80 characters.
error-email-invalid = “{ $email }” is not an email address.
error-role-unknown = Unknown role “{ $role }”: use admin, reviewer, focal-point, contributor, observer or team-staff.
error-country-unknown = “{ $country }” is not an ISO 3166-1 alpha-3 code of the master list.
error-confirm-box = Tick the confirmation box to submit.
error-framework-not-utf8 = The framework file is not UTF-8 text.
error-not-accepted = { $count } question(s) asked are not accepted in their current version yet: { $questions }
error-deadline-not-date = The deadline “{ $deadline }” is not a date: write it as YYYY-MM-DD.
error-deadline-passed = The deadline { $deadline } has passed: choose today ({ $today }) or later.
error-nothing-to-return = No question asks the country for anything: request clarification on, or reject, at least one answer first.
error-decision-unknown = Unknown decision “{ $decision }”: use accept, clarify or reject.
error-comment-required = A comment is required to request clarification or to reject.
error-proposed-only-reject = A value can be proposed only with a rejection.
error-reopen-reason = Give the reason for reopening: it is kept in the audit trail.
error-draft-source = Name the public source of a drafted answer in its comment.
error-no-drafts = There are no unconfirmed drafts to send.
error-choose-reviewer = Choose a reviewer.
error-no-pillar = There is no pillar “{ $pillar }” in this edition.
error-desk-policy = Unknown policy “{ $policy }”: use keep-draft or drop-draft.
error-webhook-url = “{ $url }” is not a web address: it must start with https:// or http://.
edition-error-id = Edition id: use 1 to 40 lowercase letters, digits and dashes, such as 2026.
edition-error-name = Name: give the edition a name.
edition-error-date = { $field ->
    [opens] Opening date
   *[other] Deadline
}: write the date as YYYY-MM-DD.
edition-error-deadline-order = Deadline: it must not be before the opening date.
edition-error-country = Countries: “{ $country }” is not an ISO 3166-1 alpha-3 code of the master list.
edition-error-framework-missing = Framework: choose a shipped framework or upload one.
edition-error-framework = Framework: { $name } has { $count } error(s); nothing was created.
edition-error-carry-forward = Carry forward: there is no edition “{ $edition }”.
store-unsupported-url = Unsupported database URL “{ $scheme }”: use sqlite://PATH or postgres://USER@HOST/DATABASE.
store-in-memory = An in-memory database is not supported: give a file, such as sqlite://cyberindex.db.
store-role-needs-country = A { $role } needs a country.
store-role-has-no-country = A { $role } has no country.
store-duplicate-account = An account for { $email } already exists.
store-duplicate-edition = The edition “{ $id }” already exists.
store-question-closed = Question { $question } needs no action in this review round: only the questions the reviewers asked about can change.
store-comment-required = A comment is required for the decision “{ $decision }”.
store-already-confirmed = The answer to { $question } is already confirmed.
store-assign-role = Only reviewers and administrators can be assigned.
error-edition-invalid = The edition was not created:
    { $detail }

## Publishing and the public results site
publish-title = Publish
publish-intro = Publishing freezes the framework, the validated answers and their scores as a numbered version that anyone can read. A correction is published as a new version with a change note; earlier versions stay readable.
publish-validated = { $count ->
    [one] { $count } response validated
   *[other] { $count } responses validated
}
publish-licence = Licence of the published data
publish-change-note = What changed
publish-change-note-first = Optional for the first version.
publish-change-note-required = Required: say what this correction changes.
publish-submit = Publish a new version
publish-versions = Published versions
publish-none = Nothing has been published yet.
publish-published = Published
error-licence-required = Name the licence the data are published under.
error-publish-text-too-long = The licence or change note is too long.
error-change-note-required = A correction needs a change note saying what changed.
error-nothing-to-publish = Edition { $edition } has no validated response to publish.
error-publish-unreadable = The validated answers could not be read back: { $detail }
public-nav-results = Results
public-edition-nav = Edition pages
public-nav-overview = Overview
public-nav-ranking = Ranking
public-nav-compare = Compare
public-nav-methodology = Methodology
public-nav-data = Open data
public-version-of = Version { $version } of { $latest }
public-published-on = published { $date }
public-older-version = This is an earlier version of the results.
public-see-latest = See the latest version.
public-change-note = Change note:
public-index-title = Published results
public-nothing-published = No results have been published yet.
public-version = version { $version }
public-version-label = Version
public-earlier-versions = Earlier versions:
public-count-countries = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
public-overview-title = Overview
public-countries-published = Countries scored
public-global-average = Global average
public-map-tier-title = Map by tier
public-map-score-title = Map by score
public-map-show-score = Show the map by score
public-map-show-tier = Show the map by tier
public-map-desc = A world map; each scored country is a link to its profile. The same data are in the table below the map.
public-map-country = { $country }: { $score }, { $tier }
public-map-table = The map as a table
public-legend = Legend
public-legend-score = { $band } of the maximum score
public-legend-none = Not scored in this edition
public-tier-distribution = Countries per tier
public-averages = Averages
public-by-itu-region = By ITU region
public-by-m49-region = By UN M49 region
public-by-group = By group
public-col-rank = Rank
public-col-country = Country
public-col-score = Score
public-col-tier = Tier
public-col-countries = Countries
public-col-group = Group
public-col-average = Average score
public-col-itu-region = ITU region
public-col-m49-region = UN M49 region
public-col-pillar = Pillar
public-col-region-average = Region average
public-col-max = Maximum
public-col-indicator = Indicator
public-col-missing = Missing
public-col-edition = Edition
public-col-threshold = Lowest score
public-col-item = Item
public-col-weight = Weight
public-col-scoring = Scoring
public-col-file = File
public-col-content = Content
public-ranking-title = Ranking
public-ranking-caption = Countries by rank, with their overall and pillar scores
public-filter-region = ITU region
public-filter-group = Group
public-filter-all = All
public-filter-apply = Filter
public-shown-countries = { $count ->
    [one] { $count } country shown
   *[other] { $count } countries shown
}
public-shown-countries-js = Countries shown: {"{"}count{"}"}
public-overall-score = Overall score
public-answered = Answered
public-missing-answers = { $count ->
    [one] { $count } missing
   *[other] { $count } missing
}
public-rank-of = { $rank } of { $count }
public-pillar-scores = Pillar scores
public-pillar-chart = Pillar scores of { $country }
public-radar-chart = { $country } against its region and the world, as a share of each pillar's maximum
public-pillar-table = Pillar scores with regional and world averages
public-region-average = Average of { $region }
public-world-average = World average
public-areas = Areas of relative strength and of potential growth
public-areas-hint = Indicators where the country's share of the maximum is furthest above or below the world average (by more than 5 points).
public-strengths = Relative strengths
public-growth = Potential growth
public-none = None stands out.
public-recommendations = Recommendations
public-recommendations-hint = Measures not (fully) in place, ordered by how much the overall score would gain with each fully in place, all else equal. For each, up to three countries that have it: of the same region first, then of the next tier up; those that published evidence for it come first.
public-no-recommendations = Every scored measure is in place.
public-recommendation-points = { $points } of { $max } points today
public-recommendation-gain = Would add { $gain } points to the overall score
public-recommendation-measure = Measured by the question:
public-peers = Countries to learn from:
public-peer-same-region = same region
public-peer-next-tier = next tier
public-indicators = Indicator scores
public-evidence = Public evidence
public-no-evidence = The country has made no evidence public.
public-history = History across editions
public-compare-with = Compare with other countries
public-compare-title = Compare countries
public-compare-submit = Compare
public-compare-empty = Choose countries above to compare them.
public-compare-caption = The chosen countries side by side
public-methodology-title = Methodology
public-framework = Framework
public-out-of = out of { $max }
public-missing-policy = Missing answers
public-missing-zero = A question asked but not answered earns 0 points and is reported as missing.
public-missing-exclude = A question asked but not answered leaves the calculation and is reported as missing.
public-rounding = Rounding
public-rounding-text = Tiers and ranks use the overall score rounded to the precision shown; countries with equal rounded scores share a rank.
public-tiers = Tiers
public-structure = Pillars, indicators and questions
public-rule-weighted-sum = weighted sum of points, scaled to the maximum
public-rule-weighted-mean = weighted mean of the parts' shares, scaled to the maximum
public-rule-maturity-gated = maturity levels: a level counts once every part up to it reaches { $share } %
public-rule-goalposts = linear from { $low } (no points) to { $high } (all points)
public-not-scored = not scored
public-data-title = Open data
public-data-intro = Every file holds the same published numbers and names the edition, framework version, publication version, licence and missing-value convention.
public-licence = Licence
public-missing-heading = Missing values
public-missing-values = A value that does not exist is null in JSON and Parquet and an empty cell in CSV and XLSX. It is never written as 0.
public-reproduce = Reproduce the scores
public-reproduce-text = The published answers and framework give the same scores with the cyberindex command line:
data-file-json = The results document: every country's overall, node and question scores (schema cyberindex/results/1).
data-file-scores-csv = One row per country, one column per pillar, indicator and sub-indicator.
data-file-questions-csv = One row per country and question: value, points and contribution.
data-file-xlsx = A workbook with a metadata sheet and one sheet per level.
data-file-scores-parquet = Scores per country and level, in Parquet.
data-file-questions-parquet = Scores per country and question, in Parquet.
data-file-answers = The validated answers in the answer-file layout.
data-file-framework = The framework file the scores were computed with.
data-file-schema = The JSON Schema of results.json.
region-africa = Africa
region-americas = Americas
region-arab-states = Arab States
region-asia-pacific = Asia-Pacific
region-cis = CIS
region-europe = Europe
region-asia = Asia
region-oceania = Oceania
region-ldc = Least developed countries (LDC)
region-sids = Small island developing states (SIDS)
region-lldc = Landlocked developing countries (LLDC)

## Robustness (methodology lab)
public-nav-robustness = Robustness
robustness-title = Robustness
robustness-intro = How much the ranks and tiers depend on the methodological assumptions behind them: each assumption below was varied in thousands of rebuilds of the index from the same answers.
robustness-secretariat-intro = Before publishing: how robust the ranks and tiers of the validated responses are to the assumptions of the framework's uncertainty spec, and the statistical coherence of the answers.
robustness-too-few = At least two validated responses are needed.
robustness-failed = The robustness analysis could not be computed:
robustness-verdict = { $share } % of countries are within 3 ranks of their median rank; on average a country's rank moves by { $shift } places.
robustness-settings = { $runs } Monte Carlo runs; sensitivity from { $samples } base samples; seed { $seed }.
robustness-assumptions = Assumptions varied
robustness-intervals-title = Rank intervals
robustness-intervals-hint = For each country, the line runs over the ranks it took in 90 % of the rebuilds (5th to 95th percentile); the circle is the middle rank and the diamond the published rank. Rank 1 is on the left.
robustness-table = Rank intervals and tier probabilities as a table
robustness-col-nominal = Published rank
robustness-col-median = Median rank
robustness-col-interval = 5th–95th percentile
robustness-sensitivity-title = Sensitivity of the ranks to each assumption
robustness-sensitivity-hint = How much of the movement in ranks each assumption explains: on its own, and together with the other assumptions it interacts with (0 = none, 1 = all), with 95 % intervals.
robustness-first-order = Effect alone
robustness-total = Effect with interactions
robustness-col-assumption = Assumption
robustness-col-converged = Converged
robustness-yes = yes
robustness-wide = interval wide
robustness-not-converged = Some intervals are wide: more samples would narrow them.
robustness-no-sensitivity = No sensitivity analysis was run.
robustness-checks = Statistical coherence
robustness-availability = Data availability
robustness-availability-ok = Every question and country has at least 65 % of its values.
robustness-low-questions = Questions answered by fewer than 65 % of countries:
robustness-low-countries = Countries with fewer than 65 % of questions answered:
robustness-skew = Skewed questions (|skew| > 2 and kurtosis > 3.5)
robustness-collinear = Collinear parts (r > 0.92)
robustness-consistency = Internal consistency
robustness-col-level = Level
robustness-col-children = Parts
robustness-col-alpha = Cronbach's alpha
robustness-col-pc1 = First component (% of variance)
robustness-effects = Main effects on the index beside the nominal weights
robustness-col-weight-share = Weight (% of pillars)
robustness-col-effect-share = Main effect (% of pillars)
robustness-col-r2 = r² with the index

# Hardening: archived editions, outbox, webhooks (issue 11, store and server limits)
error-locked-archived = The edition { $edition } is archived and can no longer be changed.
error-webhook-destination = Webhooks cannot be sent to { $host }: it is a loopback, private, link-local or cloud metadata address. An administrator can allow it with the configuration key webhook_allowed_hosts.
outbox-links-removed = Single-use links (invitations and password resets) are never kept here. An invitation link is shown once, to the administrator who creates it; a password reset link reaches its owner only by email.

# Hardening: sign-in, second factor and account changes (issue 11)
reset-done-tokens-revoked = Your new password is set. For your safety, every other sign-in was ended and every API token of your account was revoked: create new tokens on your account page if your scripts need them.
totp-session-ended = Too many wrong codes: this sign-in has ended. Enter your password again, then the code your app shows now.
error-session-only = This change can only be made from a signed-in browser session, not with an API token.
account-password-wrong = That is not your current password. Give it again to confirm this change.
field-current-password = Your current password
account-password-title = Password
account-password-intro = Changing your password ends your other sign-ins and voids any reset or invitation link sent to you. Your API tokens keep working.
account-password-submit = Change password

# Evidence, uploads and answer saves (security hardening: data)
error-value-too-long = This answer is too long: { $length } characters, and this question takes at most { $max }. Shorten it, or attach the full text as evidence.
error-file-markup = This file is refused: it starts as a document or image but holds web-page markup (HTML, SVG or script) in its first kilobyte. Save it again from the program that made it, or upload it as a PDF.
error-evidence-one-file = Send one file per evidence item: this form held more than one file.

# Store errors and autosave retries (issue 12)
error-unavailable-text = The database is not answering right now, so nothing was saved. Try again in a moment.
error-corrupt-text = Stored data could not be read. Nothing was changed; the administrators can find the details in the server log.
autosave-retrying = Not saved yet: the server could not store your answer. It is kept on this device and will be saved again shortly.

## PostgreSQL backend (issue 12)
store-password-file = Cannot read the database password file { $path } (named by CYBERINDEX_DB_PASSWORD_FILE): { $error }. Check that the file exists and that the account running cyberindex can read it.

## db copy (issue 12)
db-copy-target-not-empty = The target database is not empty: its table { $table } holds { $rows } rows. db copy writes only into an empty database: create a new one (a new SQLite file, or CREATE DATABASE on PostgreSQL) and copy into that. Nothing was written.
db-copy-unknown-table = The database has a table, { $table }, that db copy does not know, so it cannot copy the installation completely. Nothing was written. It was probably made by a newer version of cyberindex: run db copy with that version.
db-copy-columns = The table { $table } has the columns { $found }, but db copy knows the columns { $expected }, so it cannot copy the installation completely. Nothing was written.

# ops: request ids
error-reference = Reference for support: { $id }. Quote it if you contact the secretariat about this problem.

# admin safety (issue 14 item 8)
users-state = State
users-state-active = Active
users-state-invited = Invited, not yet accepted
users-state-deactivated = Deactivated
users-back = All users
users-edit-title = User { $email }
users-edit-access = Role and countries
users-edit-save = Save changes
users-edit-saved = Changes saved. They apply at once, also to the user’s open sessions.
users-reinvite-heading = Invitation
users-reinvite-help = A new invitation link works once; any earlier link stops working at once.
users-reinvite = Send a new invitation
users-reinvited = New invitation created. The link below was emailed (or is in the outbox); the earlier link no longer works.
users-deactivate-heading = Access
users-deactivate-help = Deactivating ends the user’s sessions and API tokens at once. Their answers, decisions and audit entries are kept.
users-deactivate = Deactivate this user
users-deactivated = User deactivated: their sessions and API tokens have ended.
users-reactivate-help = This user is deactivated. Reactivating lets them sign in again; their old sessions and tokens stay ended.
users-reactivate = Reactivate this user
users-reactivated = User reactivated. They can sign in again, or ask for a password reset.
users-error-last-admin = This would leave no active administrator: make another user an administrator first.
users-error-inactive = The account is deactivated: reactivate it first.
editions-unarchive = Unarchive
archive-confirm-title = Archive { $edition }?
archive-confirm-text = An archived edition is closed: no answer, evidence, decision or message in it can change any more, and countries can only read it. Its publications stay online. You can unarchive it later.
archive-confirm-submit = Archive { $edition }
archive-cancel = Cancel and go back to the editions
publish-preview = Preview of the results to be published
publish-preview-first = This will be the first published version. Every country below is new.
publish-preview-compared = Compared with the published version { $version }: { $count } change(s), shown in bold.
publish-preview-change = Change from the previous version
publish-preview-new = New in this version
publish-preview-same = Unchanged
publish-preview-moved = Score { $from_score } → { $to_score }, rank { $from_rank } → { $to_rank }
publish-preview-removed = Countries removed from this version
publish-confirm = Confirm and publish these results

# review at scale and honest rounds (issue 14)
round-message = Message from the reviewers
round-asked = Questions the reviewers asked about: { $count }
round-open = Questions without a decision or not answered yet, which you may still change: { $count }
round-frozen = Accepted answers, which stay as they are: { $count }
round-asked-title = Questions the reviewers asked about
notify-reviewers-wrote = The reviewers wrote:
sendback-preview = If you send the response back, the country will be able to change:
sendback-asked = questions you asked about: { $count }
sendback-undecided = answered questions without a decision: { $count }
sendback-unanswered = questions not answered yet: { $count }
sendback-frozen = Accepted answers stay frozen: { $count }.
sendback-warn-undecided = { $count } questions have no decision yet. The country may change them, and you will review them in the next round.
review-guidance = Guidance
review-evidence-expected = Evidence expected
review-undecided-tag = No decision yet
review-show-undecided = Without a decision
review-show-missing = Missing evidence
review-show-thread = With a discussion
review-bulk-title = Accept in bulk
review-bulk-explained = Each answer accepted in bulk gets its own entry in the audit trail.
review-bulk-evidenced = Accept the answered questions that have their evidence ({ $count })
review-bulk-unchanged = Accept the answers unchanged since they were last accepted ({ $count })
review-bulk-pillar = Accept this pillar’s answered questions that have their evidence ({ $count })
review-bulk-done = Answers accepted: { $count }.
review-bulk-none = There is nothing left to accept in bulk here.
review-bulk-unknown = Unknown bulk decision “{ $kind }”: choose “evidenced” or “unchanged”.
review-keys-title = Keyboard shortcuts
review-keys = a: accept · c: request clarification · r: reject · j: next question · k: previous question
review-saving = Saving…
review-saved = Decision saved: { $decision }
review-save-failed = The decision was not saved. Check your connection and try again.
review-proposed-none = No proposed value
review-next = Next question
queue-open = Open questions
queue-waiting = waiting
queue-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
nav-unread = unread
submit-done-title = Your response has been submitted
submit-done-next = What happens next: the secretariat reviews every answer with its evidence. You will hear by email and under Notifications if a reviewer asks about a question or sends the response back; you can then revise what they ask about. Until then the response is read-only, and you can follow its status on this page.
index-title = Questions
index-next-unanswered = Next unanswered question
index-next-missing = Next question missing evidence
index-show-all = Show the whole questionnaire
index-filter = Show
index-filter-all = All questions
index-filter-unanswered = Not answered
index-filter-missing = Evidence missing
index-filter-thread = With a discussion
index-open-pillar = Open this pillar
index-pages = Pillars
index-previous = Previous
index-next = Next
index-done = answered
index-todo = not answered
index-missing = evidence missing
index-action = the reviewers ask about it
autosave-saved-at = Saved at { $time }
autosave-saved-one = Saved.
evidence-preview = Preview
opens-new-tab = (opens in a new tab)
page-saved = { $count ->
    [0] All answers on this page are saved; none had changed.
    [one] Saved: one answer changed.
   *[other] Saved: { $count } answers changed.
}
page-save-conflict = { $changed } Your answer is kept here as you typed it: save again to replace the other change with yours.
page-save-refused = Nothing was saved. Correct the answers below and save again:
page-save-partly = The other answers were saved, but not these:
review-tab-undecided = without a decision: { $count }

# country search
public-search-label = Find a country
public-search-button = Search
public-search-title = Countries
public-search-hint = A name in any of the six UN languages, or an ISO code such as KE or KEN.
public-search-options = Matching countries
public-search-none = No country of this edition matches “{ $query }”.
public-search-count = { $count ->
    [one] One country matches “{ $query }”.
   *[other] { $count } countries match “{ $query }”.
}
public-search-all = { $count ->
    [one] The one country of this edition.
   *[other] The { $count } countries of this edition, by name.
}
public-search-none-js = No country matches.
public-search-count-js = Matching countries: {"{"}count{"}"}. Use the arrow keys to choose one.
public-map-skip = Skip the map
public-map-keys = On the map, Tab enters at one country; the arrow keys move to the nearest country in that direction, Enter opens its profile. Every country is also in the table below the map.
public-compare-chosen = Countries compared:
public-compare-remove = Remove { $country }
public-compare-add = Add a country (up to { $count })
public-compare-add-button = Add
public-compare-pick = Choose one:
public-compare-full = { $count ->
    [one] Only { $count } country can be compared; remove it first.
   *[other] At most { $count } countries can be compared; remove one first.
}
public-compare-unknown = Left out, as they are not countries of this edition: { $codes }.
public-compare-chart = Pillar scores side by side
public-compare-indicators = Every pillar and indicator
public-compare-diff-hint = After each score: the difference from { $country } (+ higher, − lower, = the same).
public-compare-share = The address of this page names the countries compared: copy it to share this comparison.
home-latest = Latest results:
home-open-results = Open the full results: map, ranking, profiles and data
home-map-keys = On the map, Tab enters at one country; the arrow keys move to the nearest country in that direction, Enter opens its profile.
public-certainty-heading = How certain are this rank and tier?
public-certainty-rank = Ranked { $rank }. When the assumptions behind the index are varied (the weights, how missing answers are filled, how scores are combined), the rank falls between { $low } and { $high } in 90 % of the rebuilds.
public-certainty-rank-fixed = Ranked { $rank }, and ranked { $rank } in 90 % of the rebuilds of the index under other assumptions (weights, missing answers, aggregation).
public-certainty-tiers = Chance of each tier over the rebuilds: { $tiers }.
public-certainty-more = How the ranks of nearby countries vary
robustness-near = Countries ranked near
robustness-show = Show
robustness-show-near = Show only the countries near the chosen one
robustness-show-all = { $count ->
    [one] Show the { $count } country
   *[other] Show all { $count } countries
}
robustness-level-question = Question
robustness-level-sub-indicator = Sub-indicator
robustness-level-indicator = Indicator
robustness-level-pillar = Pillar
robustness-level-index = Overall
robustness-plain-weights = { $level } weights, each up to { $noise } % higher or lower
robustness-plain-aggregation = How the scores are combined at the { $level } level: { $options }
robustness-plain-normalisation = How much a partly met question counts ({ $count } ways)
robustness-plain-imputation = Unanswered questions: { $options }
robustness-plain-exclude = One of { $count } questions left out, or none
robustness-plain-tiers = Tier thresholds as published, or { $count } other sets
robustness-agg-arithmetic = added up
robustness-agg-geometric = geometric mean (rewards balance)
robustness-agg-harmonic = harmonic mean
robustness-agg-power = power mean
robustness-imp-none = left out
robustness-imp-zero = counted as 0
robustness-imp-mean = the average of all countries
robustness-imp-median = the median of all countries
robustness-imp-group-mean = the average of the country’s region
robustness-imp-group-median = the median of the country’s region
# edition names per language
edition-names-legend = Name in other languages
edition-names-help = Optional. The results pages show the name in the reader's language, and the name above in every language without one.
edition-field-name-in = { $lang ->
    [ar] Name in Arabic
    [zh] Name in Chinese
    [en] Name in English
    [fr] Name in French
    [ru] Name in Russian
    [es] Name in Spanish
   *[other] Name in { $lang }
}
edition-error-name-long = Name: use at most 200 characters.
edition-error-name-language = Names: “{ $lang }” is not a language code: use ar, zh, en, fr, ru or es.
edition-error-name-in-long = { $lang ->
    [ar] Name in Arabic
    [zh] Name in Chinese
    [en] Name in English
    [fr] Name in French
    [ru] Name in Russian
    [es] Name in Spanish
   *[other] Name in { $lang }
}: use at most 200 characters.
edition-error-name-in-control = { $lang ->
    [ar] Name in Arabic
    [zh] Name in Chinese
    [en] Name in English
    [fr] Name in French
    [ru] Name in Russian
    [es] Name in Spanish
   *[other] Name in { $lang }
}: remove the line breaks, tabs and other control characters.
chart-download = Download:
chart-link = Link to this chart
chart-embed = Embed
chart-embed-label = Code to show this chart on another site:
chart-data = The numbers (CSV)

# profile PDF
report-profile-download = Download this profile as PDF
report-profile-title = { $country }: country profile
report-method-heading = How the index is made
report-method-note = The scores come from the answers the country gave and the secretariat validated; only accepted answers count. Each pillar score combines its indicators with the weights and rules of the framework, and the overall score combines the pillars. Tiers follow the overall score rounded to the framework's precision; countries with equal scores share a rank. Strengths and areas of potential growth compare the country's share of each indicator's maximum with the world average. A recommendation's gain is what the overall score would gain with that one measure fully in place, all else equal. The full method, the weights and the open data are on the edition's methodology and data pages.
report-source = { $edition }, version { $version }, published { $date }. Licence: { $licence }
report-missing-glyphs = Characters no font of this report has (shown as boxes above):
report-edition-title = { $edition }: the report
report-edition-download = The whole edition as a PDF report
report-pdf-heading = Reports as PDF
report-pdf-intro = The edition report holds a summary, the map, the countries of each tier, the regional averages, annexes on the method and on robustness, and every country's profile. Each country's profile is also on its page.
report-summary = Summary
report-summary-text = { $count } countries were scored in this edition and { $ranked } ranked. The global average overall score is { $average } out of { $max }; { $top } countries reached the tier “{ $tier }”.
report-tier-tables = Countries by tier
report-annex-method = Annex: method
report-annex-robustness = Annex: how certain the ranks are
report-col-likely-tier = Most likely tier (chance)
report-profiles = Country profiles

# CIRT directory (issue 16)
nav-directory = Directory
store-duplicate-team = A team with the id “{ $id }” already exists.
store-team-stale = Someone else changed this record since you read it (it is now at version { $version }). Read it again, then make your change.
directory-error-record = The team record was not saved; correct these fields: { $problems }
directory-error-id-mismatch = The record's id must be the one in the address, { $id }.
directory-title = CIRT directory
directory-intro = Incident response teams by country: who they are, how to reach them, and in an emergency. You see the public fields; members of the directory see more after signing in. Each entry is kept by its team and the secretariat.
directory-search = Team name
directory-count = { $count ->
    [one] { $count } team
   *[other] { $count } teams
}
directory-files = Files from this record:
directory-staleness = Staleness score: { $score } of 100
directory-staleness-hint = 0 is up to date, 100 is stale. The limits are the server's settings.
directory-record = The record
directory-col-field = Field
directory-col-value = Value
directory-col-visibility = Who may see it
directory-contacts = Contact persons
directory-field-official-name = Official name
directory-field-short-name = Short name
directory-field-country = Country
directory-field-host = Host organisation
directory-field-type = Type of team
directory-field-established = Established
directory-field-language = Language
directory-field-hours = Service hours
directory-field-website = Website
directory-field-channel = Channel
directory-field-key = OpenPGP key
directory-field-asn = Autonomous system
directory-field-prefix = IP prefix
directory-field-domain = Domain
directory-field-sector = Sector served
directory-field-membership = Membership
directory-key-expires = expires { $date }
directory-key-no-expiry = no expiry date
directory-type-national = National CIRT
directory-type-government = Government CIRT
directory-type-sector = Sector CIRT ({ $sector })
directory-type-sector-any = Sector CIRT
directory-type-academic = Academic or research network CIRT
directory-type-psirt = Product security team (PSIRT)
directory-type-commercial = Commercial CIRT
directory-usage-contact = contact
directory-usage-emergency = Emergency
directory-usage-abuse = abuse reports
directory-usage-reports = incident reports
directory-channel-email = E-mail
directory-channel-phone = Telephone
directory-channel-fax = Fax
directory-channel-url = Web address
directory-status-listed = listed
directory-status-accredited = accredited
directory-status-certified = certified
directory-status-member = member
directory-status-applicant = applicant
directory-status-former = former member
directory-contact-technical = technical
directory-contact-policy = policy
directory-contact-diplomatic = diplomatic
directory-visibility-public = public
directory-visibility-members = directory members
directory-visibility-restricted = restricted (TLP:AMBER)
directory-source-manual = entered
directory-source-csv = imported from a spreadsheet
directory-source-first = imported from FIRST
directory-source-ti = imported from Trusted Introducer
directory-source-rfc2350 = read from the RFC 2350
directory-source-security-txt = read from security.txt
directory-download = The whole directory as you may see it:

# Reachability checks of the directory
check-mail-subject = Reachability check: { $team }
check-mail-intro = This is a reachability check of { $team } from the CIRT directory at { $site }.
check-mail-action = Please open this link and press the button to confirm that this address reaches the team:
check-mail-window = The link works once. Please answer within { $hours } hours.
check-mail-wrong-person = If this message reached the wrong person, forward it to the team or ignore it.
check-error-scope = Check: “{ $scope }” is not a team, a country or a region of the directory.
check-error-window = Answer window: write a whole number of hours from 1 to { $max }.
check-error-repeat = Repeat: write a whole number of days from 1 to { $max }, or leave it empty.
check-error-when = Start: choose a time from now to { $days } days ahead.
check-error-no-channel = Check: no team in “{ $scope }” has an e-mail or telephone channel.
check-error-link-closed = This check link has closed: links stay open { $days } days after they are sent. The secretariat can send a new check.
check-error-due = Start: “{ $value }” is not a date and time; write it as YYYY-MM-DDTHH:MM in UTC, or leave it empty to send now.
store-check-started = This check has already been sent: its results are kept, and it can no longer be changed.
check-outcome-acknowledged = acknowledged
check-outcome-late = acknowledged late
check-outcome-pending = waiting for an answer
check-outcome-no-reply = no reply
check-outcome-bounced = not delivered
check-latency-days = { $days } d { $hours } h
check-latency-hours = { $hours } h { $minutes } min
check-latency-minutes = { $minutes } min
check-scope = Who to check
check-scope-all = every team
check-scope-region = the teams of a region
check-scope-country = the teams of a country
check-scope-team = one team
check-title = Reachability checks
check-explained = A check writes to every e-mail channel of the chosen teams. Each message holds a link that works once; the team opens it and presses a button, and the directory records when. Each telephone channel gets a call for the secretariat to make and record here. Answers after the window count as late.
check-no-smtp = No mail server is configured: messages wait in the outbox, and nobody can answer them until one is.
check-new = New check
check-window = Answer window (hours)
check-due = Start (UTC)
check-due-hint = Leave it empty to send now.
check-repeat = Repeat every (days)
check-repeat-hint = Leave it empty for a single check.
check-start = Schedule the check
check-list = Checks
check-download = Download the results (CSV)
check-none = No check yet.
check-heading = Check { $id }
check-state-started = sent { $when }
check-state-scheduled = scheduled for
check-repeats = repeats every { $days } days
check-median = median answer time { $latency }
check-cancel = Cancel this check
check-window-of = answer window { $hours } h
check-col-team = Team
check-col-address = Address
check-col-sent = Sent
check-col-outcome = Outcome
check-col-latency = Answer time
check-ack-title = Confirm that this message reached your team
check-ack-intro = The CIRT directory checks that { $team } can be reached at { $address } (message sent { $sent }).
check-ack-button = Confirm that we received it
check-ack-recorded = Thank you: confirmed, { $latency } after the message was sent. You can close this page.
check-ack-already = This message was already confirmed, { $latency } after it was sent. Nothing more is needed.
check-history = Reachability checks
check-never = This team has not been checked yet.
directory-by-staleness = Every team, the stalest first
directory-sort = Order
directory-sort-country = by country
directory-col-staleness = Staleness

# Directory imports
directory-import-title = Import teams
directory-import-link = Import teams from a file
directory-import-saved = { $count ->
    [one] Saved: { $count } team.
   *[other] Saved: { $count } teams.
}
directory-import-errors = { $count ->
    [one] The file has { $count } problem
   *[other] The file has { $count } problems
}
directory-import-nothing-saved = Nothing was saved. Correct the file and read it again.
directory-import-preview = What the import would change
directory-import-summary = { $file }: { $changes } team(s) to save, { $unchanged } unchanged. Nothing is saved until you confirm.
directory-import-notes = { $count ->
    [one] { $count } note on what the file holds that the record cannot keep
   *[other] { $count } notes on what the file holds that the record cannot keep
}
directory-import-changed-team = changed
directory-import-new-team = new team
directory-import-before = Now
directory-import-after = After the import
directory-import-confirm = { $count ->
    [one] Save { $count } team
   *[other] Save { $count } teams
}
directory-import-upload = Read a file
directory-import-explained = A spreadsheet (the template below, CSV or XLSX), records exported from this directory (JSON), FIRST's or Trusted Introducer's JSON, or one team's RFC 2350 text or security.txt. What a file does not hold is kept as it is; contact persons are never changed by an import.
directory-import-template = The template, with an example row to delete:
directory-import-file = File
directory-import-layout = What the file is
directory-import-layout-auto = found from the file name (.csv, .xlsx, security.txt, rfc2350)
directory-import-layout-csv = spreadsheet template, CSV
directory-import-layout-xlsx = spreadsheet template, XLSX
directory-import-layout-records = records exported from this directory (JSON)
directory-import-layout-first = FIRST team directory (JSON)
directory-import-layout-ti = Trusted Introducer team list (JSON)
directory-import-layout-rfc2350 = one team's RFC 2350 text
directory-import-layout-security-txt = one team's security.txt
directory-import-team = Team (for an RFC 2350 or a security.txt)
directory-import-team-hint = The team's id, such as ke-cirt. An RFC 2350 may describe a new team; a security.txt adds to a team already listed.
directory-import-read = Read the file and preview
directory-import-choose-layout = What the file is: choose its kind; its name does not tell.
directory-import-no-file = File: choose a file to read.
directory-import-choose-team = Team: an RFC 2350 or a security.txt describes one team; write its id.
directory-import-changed = The directory changed since the preview, or the file did: nothing was saved. Read the file again to see the changes as they are now.

# Signing an RFC 2350
directory-sign-title = Sign the RFC 2350
directory-sign-explained = Paste the team's OpenPGP secret key (ASCII-armored) and its passphrase to download the team's RFC 2350, public fields only, clear-signed. The key and passphrase are used for this one signature: they are never stored or logged.
directory-sign-key = Secret key (ASCII-armored)
directory-sign-passphrase = Passphrase
directory-sign-button = Sign and download
directory-sign-refused = Not signed: { $reason }
## Team staff and the team record's form (issue 16)
role-team-staff = Team staff
field-team = Directory team
field-team-help = Only for team staff, who keep their team's record; leave empty for every other role.
store-role-needs-team = A { $role } needs a directory team.
store-role-has-no-team = A { $role } has no directory team.
store-unknown-team = The directory has no team “{ $team }”.
error-team-edit = Only the secretariat and the team's own staff may change this record.
error-team-staff-create = Team staff keep their own team's record; only the secretariat adds teams.
error-team-staff-country = Only the secretariat may move a team to another country.
team-edit-link = Edit this record
team-new-link = Add a team
team-form-title-edit = Edit { $name }
team-form-title-new = A new team
team-form-intro = Each value has its own “Who may see it”. To remove a list item, empty its row. Nothing is saved until you press Save, and nothing at all while any value has a problem.
team-form-save = Save
team-form-kept = Nothing was saved; what you entered is kept below.
team-form-more = Add 3 more rows to “{ $section }”
team-form-row = { $what } { $n }
team-form-none = —
team-form-other = another (name it)
team-form-section-identity = The team
team-form-id = Team id
team-form-id-hint = 1 to 60 lower-case letters, digits and dashes, such as ke-cirt. It cannot be changed later.
team-form-country-fixed = The country is kept by the secretariat.
team-form-rfc2350-updated = RFC 2350 last updated
team-form-date-hint = A date: YYYY-MM-DD.
team-form-hours-zone = Time zone
team-form-zone-hint = An IANA time zone name, such as Africa/Nairobi or UTC.
team-form-bad-date = “{ $value }” is not a date: write it as YYYY-MM-DD.
team-form-bad-asn = “{ $value }” is not an autonomous system number.
team-form-types = Types of team
team-form-sector-name = Sector (for a sector team)
team-form-languages = Languages
team-form-language-hint = A BCP 47 tag, such as en, fr, ar or zh-Hans.
team-form-websites = Websites
team-form-channels = Channels
team-form-channel-kind = Kind
team-form-channel-other = Name of another kind (such as matrix)
team-form-channel-value = Address or number
team-form-channel-usages = Used for
team-form-keys = OpenPGP keys
team-form-keys-hint = Paste a team's public key: its fingerprint and dates are read from the key itself. A key without its text can be entered by fingerprint.
team-form-key-armored = ASCII-armored public key
team-form-key-armored-hint = Never paste a secret (private) key: it is refused. A key pasted before is kept; paste one only to replace it.
team-form-key-fingerprint = Fingerprint
team-form-key-created = Created
team-form-key-expires = Expires
team-form-key-url = Where to fetch it (web address)
team-form-asns = Autonomous systems
team-form-asn-hint = The number, with or without AS.
team-form-prefixes = IP prefixes
team-form-domains = Domains
team-form-countries = Countries served
team-form-country-code-hint = An ISO 3166-1 alpha-3 code, such as KEN.
team-form-sectors = Sectors served
team-form-memberships = Memberships
team-form-network = Network
team-form-network-other = Name of another network
team-form-status = Status
team-form-status-other = Another status
team-form-since = Since
team-form-contacts = Contact persons
team-form-contacts-hint = Personal data: list a person only once they have agreed, and record when.
team-form-contact = Person
team-form-contact-name = Name
team-form-contact-kind = Kind of contact
team-form-contact-role = Role
team-form-contact-channels = How to reach them
team-form-contact-channels-hint = One per line: the kind, a space, then the address or number, such as “email duty@example.org” or “phone +254700000000”.
team-form-consent = The person agreed to be listed
team-form-consent-at = Agreed on
team-form-consent-note = Note on the consent
## The directory's who's who: regions, countries, the map, mailing lists (issue 16, part 6)
directory-field-region = ITU region
directory-field-network = Network
directory-filter-emergency = Only teams with an emergency channel
directory-regions = Teams by ITU region
directory-region-title = CIRTs in { $region }
directory-country-title = CIRTs in { $country }
directory-map-title = Map of teams
directory-map-desc = Countries with at least one team listed are filled, with a colour and a pattern; each links to its country's page. Every team is also in the tables below the map.
directory-map-country = { $country }: { $teams }, no national team listed
directory-map-country-national = { $country }: { $teams }, national team listed
directory-map-key-national-and-more = National team and other teams
directory-map-key-national = National team only
directory-map-key-other = Teams, but no national team
directory-map-key-none = No team listed
directory-map-skip = Skip the map to the tables of teams
directory-lists-title = Mailing lists
directory-lists-intro = Filters of the who's who saved under a name. Each downloads as a mailing list of the teams it keeps today: their channels as CSV (all, or those of one use), or their contact cards.
directory-lists-none = No list saved yet. Filter the who's who, then save the filter under a name.
directory-list-save = Save this filter as a mailing list
directory-list-save-hint = The list keeps the filter, not the teams: the teams are found again at each download.
directory-list-name = Name of the list
directory-list-save-button = Save the list
directory-list-teams = Teams today
directory-list-downloads = Download
directory-list-saved = Saved
directory-list-delete = Delete
directory-list-delete-named = Delete the list { $name }
directory-list-csv = CSV, every channel
directory-list-usage-contact = contact only
directory-list-usage-emergency = emergency only
directory-list-usage-abuse = abuse reports only
directory-list-usage-reports = incident reports only
directory-list-error-name = Give the list a name of at most { $max } characters, on one line.
directory-list-error-usage = Unknown use “{ $usage }”: write contact, emergency, abuse or reports.
directory-map-keys = On the map, Tab enters at one country; the arrow keys move to the nearest country in that direction, Enter opens its page. Every team is also in the tables below the map.
check-error-call-closed = This call was already recorded as answered, or it is not a call: nothing was changed.
check-call-choose = Call: choose whether someone answered.
check-channel-email = e-mail
check-channel-phone = telephone
check-col-call = Record the call
check-call-note = Note
check-call-answered = Answered
check-call-unanswered = No answer
directory-seen-heading = security.txt
directory-seen-never = No security.txt of this team has been imported or fetched yet.
directory-seen-import = Imported { $when } from the file { $where }.
directory-seen-fetch = { $found ->
    [yes] Fetched { $when } from { $where }.
   *[no] Looked for { $when } at { $where }: not found.
}
directory-seen-fetch-button = Fetch the security.txt now
directory-seen-how = Import the team's security.txt (Import page), or let the server fetch it from the team's websites by setting directory.fetch_security_txt in the configuration.
directory-seen-fetch-off = Fetching security.txt files is off on this server: an administrator can turn it on with directory.fetch_security_txt = true.
staleness-security-txt-not-checked = the team's security.txt has not been checked yet
staleness-security-txt-missing = the team's website has no security.txt
staleness-security-txt-expired = the team's security.txt has expired
staleness-security-txt-no-expires = the team's security.txt has no Expires field
staleness-security-txt-no-contact = the team's security.txt names no Contact
staleness-security-txt-expires-too-far = the team's security.txt expires more than a year ahead, so it may not be reviewed
staleness-rfc2350-no-date = the RFC 2350 description has no date of last update
staleness-rfc2350-old = the RFC 2350 description was last updated on { $date } ({ $days } days ago; the limit is { $limit } days)
staleness-no-key = the team lists no OpenPGP key
staleness-key-expired = the key { $fingerprint } expired on { $date }
staleness-key-expiring = the key { $fingerprint } expires on { $date }, within { $limit } days
staleness-never-reached = no reachability check of the team has ever succeeded
staleness-not-reached-recently = the last successful reachability check was { $days } days ago; the limit is { $limit } days
maturity-status-self-assessment = in self-assessment
maturity-status-peer-review = in peer review
maturity-status-validated = validated
maturity-status-signed-off = signed off
maturity-step-submitted = submitted
maturity-step-returned = returned
maturity-step-validated = validated
maturity-step-signed-off = signed off
maturity-act-read = read this
maturity-act-create = start an assessment
maturity-act-self-assess = change the self-assessment
maturity-act-evidence = change the evidence
maturity-act-validate-levels = record validated levels
maturity-act-submit = submit the assessment
maturity-act-return = return the assessment
maturity-act-validate = validate the assessment
maturity-act-sign-off = sign off the assessment
maturity-act-assign-reviewer = assign the reviewer
maturity-act-roadmap = change the roadmap
maturity-error-forbidden = You cannot { $act } in this assessment.
maturity-error-transition = The assessment is { $status }: it cannot be { $step } now.
maturity-error-closed = The assessment is { $status }: this can no longer be changed.
maturity-error-return-without-comment = Say what the team should change: write a reason or a comment on a parameter.
maturity-error-framework = The framework has { $count } error(s); no assessment was created.
maturity-error-unknown-parameter = “{ $parameter }” is not a parameter of this assessment's framework.
maturity-error-reviewer-own-team = A member of the assessed team cannot be its peer reviewer.
maturity-error-reviewer-role = A peer reviewer is staff of another team, or of the secretariat.
maturity-error-reviewer-inactive = The reviewer's account is deactivated.
maturity-error-date = “{ $value }” is not a date: write it as YYYY-MM-DD, such as 2026-03-31.
maturity-error-expiry-before-issue = The expiry date is before the date of the evidence.
maturity-error-url = “{ $value }” is not a web address: write an http:// or https:// address.
maturity-error-file = The file could not be attached: upload it again.
maturity-error-title-missing = Give the evidence a title.
maturity-error-too-long = The { $field } is too long.
maturity-error-check-other-team = This check message was sent to another team.
store-assessment-stale = The assessment was changed by someone else (now version { $version }): reload the page to see the change.
store-parameter-stale = This parameter was changed by someone else (now version { $version }): reload the page to see the change.
store-roadmap-stale = This roadmap item was changed by someone else (now version { $version }): reload the page to see the change.

## CIRT maturity assessments: pages (issue 17)
nav-maturity = Maturity
maturity-title = CIRT maturity assessments
maturity-explained = A team rates itself on each parameter with a note and evidence; a peer reviewer from another team, or the secretariat, records a validated level beside it; the secretariat signs off. Validated levels count where there are any.
maturity-list = Assessments you can see
maturity-none = There is no assessment you can see yet.
maturity-new = Start an assessment
maturity-start = Start the assessment
maturity-assessment-title = Maturity assessment: { $team }
maturity-col-team = Team
maturity-col-framework = Framework
maturity-col-kind = Kind
maturity-col-status = Status
maturity-col-round = Round
maturity-col-updated = Last change
maturity-col-parameter = Parameter
maturity-col-profile = Profile
maturity-col-tier = Tier
maturity-col-from = Now
maturity-col-to = Needed
maturity-col-action = Suggested action
maturity-col-owner = Owner
maturity-col-due = Due date
maturity-col-service = FIRST service
maturity-kind-self = Self-assessment
maturity-kind-peer = Peer assessment
maturity-kind-audit = Audit
maturity-label-self-assessment = In self-assessment
maturity-label-peer-review = In peer review
maturity-label-validated = Validated
maturity-label-signed-off = Signed off
maturity-reviewer = Peer reviewer
maturity-reviewer-none = Not assigned
maturity-reviewer-choose = Reviewer (staff of another team, or the secretariat)
maturity-reviewer-save = Assign
maturity-progress = Progress
maturity-answered = { $answered } of { $total } parameters rated by the team
maturity-expired-count = { $count ->
    [one] { $count } parameter has evidence past its expiry date.
   *[other] { $count } parameters have evidence past their expiry date.
}
maturity-roadmap-link = The team's roadmap
maturity-diff-link = What changed between rounds
maturity-tiers = Tiers
maturity-tier-none = none yet
maturity-tier-reached = Tier reached: { $tier }.
maturity-tier-next = Next tier: { $tier }.
maturity-blockers = { $count ->
    [one] { $count } parameter blocks the next tier
   *[other] { $count } parameters block the next tier
}
maturity-plan = Add these to the roadmap
maturity-steps = Next step
maturity-reason = Reason or message (optional; needed to return the assessment unless a parameter has a comment)
maturity-reason-hint = Kept with this round and in the audit trail.
maturity-do-submit = Submit for peer review
maturity-do-return = Return to the team
maturity-do-validate = Validate
maturity-do-sign-off = Sign off
maturity-parameters = Parameters
maturity-self-hint = Choose a level for each parameter and say what supports it. Save as often as you like: only what you changed is saved.
maturity-validate-hint = Record the level you can confirm for each parameter, with a comment where it differs from the team's.
maturity-self-level = Team's level
maturity-validated-level = Validated level
maturity-note = Team's note
maturity-comment = Reviewer's comment
maturity-unanswered = Not rated
maturity-differs = differs from the team's
maturity-save = Save the levels
maturity-na = n/a
maturity-missing = not rated
maturity-expired = evidence expired
maturity-evidence-hint = Evidence:
maturity-evidence-url = link
maturity-evidence-file = file
maturity-evidence-check = reachability check
maturity-evidence-add = Add evidence
maturity-evidence-title = Title
maturity-evidence-address = Web address
maturity-evidence-ping = Or a reachability check message to the team
maturity-evidence-issued = Date of the evidence
maturity-evidence-expires = Review by (optional)
maturity-evidence-save = Add the evidence
maturity-evidence-remove = Remove
maturity-ping-acked = acknowledged
maturity-ping-not-acked = not acknowledged
maturity-diff-title = What changed between rounds
maturity-diff-from = From
maturity-diff-to = To
maturity-diff-show = Compare
maturity-diff-none = Nothing changed between these two.
maturity-diff-count = { $count ->
    [one] { $count } parameter changed
   *[other] { $count } parameters changed
}
maturity-diff-texts = Notes and comments
maturity-round-n = Round { $round }
maturity-round-now = Now
maturity-roadmap-title = Roadmap: { $team }
maturity-roadmap-explained = One item per parameter that blocks the next tier, from its level now to the level needed. Change the action, owner, due date and status as the work goes.
maturity-roadmap-download = Download the roadmap (XLSX)
maturity-roadmap-empty = The roadmap is empty. Plan it from an assessment's tiers.
maturity-roadmap-save = Save the item
maturity-roadmap-open = Open
maturity-roadmap-in-progress = In progress
maturity-roadmap-done = Done
maturity-roadmap-dropped = Dropped
maturity-service-hint = Optional: the FIRST CSIRT Services Framework service this item builds, such as 5.1.
maturity-action-to-1 = { $parameter }: make sure it is done in practice and name who does it.
maturity-action-to-2 = { $parameter }: write down how it is done, for the team's own use.
maturity-action-to-3 = { $parameter }: have the written version approved by the team's management and keep it current.
maturity-action-to-4 = { $parameter }: have it reviewed by someone above or outside the team, and act on what they find.
maturity-error-step = Choose one of the steps offered on the page.
maturity-error-level = “{ $value }” is not a level: choose 0, 1, 2, 3, 4 or n/a.
maturity-error-kind = Choose the kind of assessment: self-assessment, peer assessment or audit.
maturity-error-framework-name = Choose one of the frameworks offered.
maturity-error-page-version = The page is out of date: reload it and try again.
maturity-error-version = The page is out of date for { $parameter }: reload it and try again.
maturity-error-too-long-field = The text for { $parameter } is too long (at most 10,000 characters).
maturity-error-reviewer = Choose a reviewer from the list.
maturity-error-evidence-source = Give a web address, or choose a reachability check message.
maturity-error-profile = Choose one of the assessment's profiles.
maturity-error-roadmap-status = Choose a status: open, in progress, done or dropped.
maturity-error-round = “{ $value }” is not a round of this assessment.
maturity-history-link = The team's assessments over time
maturity-all-regions = All regions
maturity-assessment-n = Assessment #{ $id }
maturity-changes = What changed since the assessment before
maturity-col-assessment = Assessment
maturity-col-blockers = Blocking the next tier
maturity-col-country = Country
maturity-col-days = Days since the last change
maturity-col-group = Group (mean level, 0–4)
maturity-col-open-items = Open roadmap items
maturity-col-region = ITU region
maturity-col-signed-off = Signed off
maturity-col-stage = Where it stands
maturity-col-started = Started
maturity-error-region = There is no such ITU region: choose one from the list.
maturity-filter = Show
maturity-groups = The four groups
maturity-groups-table = Mean level of each group's rated parameters (n/a left out)
maturity-portfolio-download = Download as CSV
maturity-portfolio-explained = Every country with its national CIRT: where it stands, the tier its latest assessment reaches on the first profile (provisional until validated), how long ago it last changed, what blocks the next tier and the team's open roadmap items.
maturity-portfolio-summary = { $countries } countries, { $teams } with a team in the directory, { $assessed } assessed
maturity-portfolio-title = Programme portfolio
maturity-radar-title = Mean level of the four groups: { $team }
maturity-stage-no-team = No team in the directory
maturity-stage-not-assessed = Not assessed
maturity-team-title = Maturity over time: { $team }
maturity-tier-provisional = { $tier } (provisional)
maturity-timeline = Assessments and the tier each reaches
maturity-act-publish = choose what is published
maturity-error-publication = Choose whether the tier is published: yes or no.
maturity-publication = What the public site shows
maturity-publication-off = The programme publishes no maturity results: nothing is shown, whatever the team chooses.
maturity-publication-nothing = Nothing is shown now: the team has not agreed to publish its tier, or no assessment is signed off yet.
maturity-publication-shown = The team's public page shows:
maturity-publication-choose = Publish the tier of the latest signed-off assessment on the team's public page?
maturity-publication-yes = Yes, publish the tier
maturity-publication-no = No, publish nothing
maturity-publication-hint = Levels, notes, evidence and the roadmap are never published.
maturity-publication-save = Save the choice
maturity-published-tier = { $profile }: { $tier } (signed off { $date })
maturity-public-label = Maturity tier:
maturity-prefill-title = Maturity evidence for the national index
maturity-prefill-for = { $country }, edition { $edition }
maturity-prefill-explained = The country's latest signed-off maturity assessment supports these answers of the index, through cyberindex's crosswalk. Pre-filling adds them only where the country has not answered, as drafts the country confirms or corrects; each says where it came from.
maturity-prefill-none = No team of this country has a signed-off maturity assessment yet.
maturity-prefill-source = From the assessment
maturity-prefill-nothing = This assessment supports none of the edition's answers.
maturity-prefill-count = { $count ->
    [one] { $count } answer offered
   *[other] { $count } answers offered
}
maturity-prefill-question = Question
maturity-prefill-offered = Answer offered
maturity-prefill-because = Source
maturity-prefill-current = The country's answer now
maturity-prefill-unanswered = not answered: will be pre-filled
maturity-prefill-apply = { $count ->
    [one] Pre-fill { $count } answer for the country to confirm
   *[other] Pre-fill { $count } answers for the country to confirm
}
maturity-prefill-all-answered = The country has answered every one of these questions: nothing to pre-fill.
maturity-prefill-link = Offer this assessment to the national index:
maturity-error-prefill-none = No team of this country has a signed-off maturity assessment to pre-fill from.
maturity-saved = { $count ->
    [0] Nothing had changed: nothing was saved.
    [one] { $count } parameter saved.
   *[other] { $count } parameters saved.
}

# The establishment tracker (issue 17, part 6)
establishment-title = CIRT establishment tracker
establishment-explained = The programme's engagements with countries to establish a national CIRT, phase by phase: assessment, design, establishment, enhancement. Each phase ends when its deliverable is approved.
establishment-filter = Filter
establishment-all-regions = All regions
establishment-none = No engagement to show.
establishment-list = Engagements by country
establishment-col-country = Country
establishment-col-region = ITU region
establishment-col-phase = Phase
establishment-col-days = Time in phase
establishment-col-pending = Deliverables awaiting a decision
establishment-col-missing = Required deliverables not yet approved
establishment-new = Start an engagement
establishment-team = Directory team
establishment-team-none = No team yet
establishment-team-hint = Link the national CIRT once it is in the directory: its staff can then follow the engagement.
establishment-team-choose = Team
establishment-team-save = Save the team
establishment-note = Note
establishment-start = Start
establishment-heading = Establishment of the national CIRT: { $country }
establishment-phases = Phases
establishment-phase-assessment = Assessment
establishment-phase-design = Design
establishment-phase-establishment = Establishment
establishment-phase-enhancement = Enhancement
establishment-phase-closed = Closed
establishment-step-done = done
establishment-step-current = current phase
establishment-step-todo = to come
establishment-kind-readiness-report = readiness report
establishment-kind-design-document = design document
establishment-kind-procedures = procedures
establishment-kind-handover = handover
establishment-kind-other = other document
establishment-status-submitted = submitted
establishment-status-approved = approved
establishment-status-changes-requested = changes requested
establishment-move = Next phase
establishment-move-to = Move to { $phase }
establishment-blocked = The { $phase } phase cannot end before its { $deliverable } is approved.
establishment-required = Required deliverable: { $deliverable }.
establishment-required-ok = Approved.
establishment-required-missing = Not approved yet.
establishment-no-deliverables = No deliverable in this phase yet.
establishment-deliverables-of = Deliverables of the { $phase } phase
establishment-col-title = Title
establishment-col-kind = Kind
establishment-col-date = Date of the document
establishment-col-status = Status
establishment-col-decision = Decision
establishment-decide-on = Decision on { $title }
establishment-comment = Comment
establishment-approve = Approve
establishment-request-changes = Request changes
establishment-upload = Add a deliverable
establishment-other-phase = Phase (for another document)
establishment-other-phase-hint = A required deliverable goes to its own phase; another document goes to the phase chosen here.
establishment-source = The document: a file or a link
establishment-file = File
establishment-file-hint = PDF, office documents, images or text, within the upload limit.
establishment-url = Link
establishment-add = Add
establishment-services = Planned services
establishment-services-source = Service areas and services of the FIRST CSIRT Services Framework v2.1 (ids and names in English), each with the phase it starts in.
establishment-service-phase = Phase in which service { $service } starts
establishment-services-save = Save the planned services
establishment-services-none = No service planned yet.
establishment-col-service = Service
establishment-col-starts = Starts in
establishment-history = Phase history
establishment-col-when = When
establishment-col-change = Change
establishment-col-by = By
establishment-stale = This engagement or deliverable was changed by someone else: reload the page and try again.
establishment-act-read = read this
establishment-act-create = start an engagement
establishment-act-move = change the phase
establishment-act-link-team = link the team
establishment-act-upload = add a deliverable
establishment-act-decide = decide on a deliverable
establishment-act-services = plan the services
establishment-error-forbidden = You cannot { $act } in this engagement.
establishment-error-country = “{ $value }” is not a country code: use ISO 3166 alpha-3, such as KEN.
establishment-error-open = { $country } already has an open engagement (number { $id }): close it first.
establishment-error-unknown-team = The directory has no team “{ $team }”.
establishment-error-closed = The engagement is closed: it can no longer be changed.
establishment-error-phase-order = The engagement is in the { $from } phase: it can only move to the next phase, not to { $to }.
establishment-error-deliverable-missing = The { $phase } phase cannot end before its { $deliverable } is approved.
establishment-error-kind-phase = A { $deliverable } belongs to the { $phase } phase.
establishment-error-phase-not-reached = The engagement has not reached the { $phase } phase yet.
establishment-error-title-missing = Give the deliverable a title.
establishment-error-source = Upload a file or give a link (one of the two).
establishment-error-decided = This deliverable was already decided.
establishment-error-comment-required = Say what should change: a comment is required to request changes.
establishment-error-too-long = The { $field } is too long.
establishment-error-phase-value = “{ $value }” is not a phase: choose assessment, design, establishment or enhancement.
establishment-error-kind = “{ $value }” is not a kind of deliverable: choose one from the list.
establishment-error-decision = “{ $value }” is not a decision: approve or request changes.
establishment-error-service = “{ $id }” is not a service of the FIRST CSIRT Services Framework v2.1.
establishment-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
establishment-error-service-phase = Service { $id }: “{ $value }” is not a phase: choose assessment, design, establishment or enhancement.
# Publication day: the demonstration being prepared (issue 19)
preparing-title = Preparing the demonstration
preparing-text = The demonstration data is being created. This page reloads by itself in a few seconds.
preparing-reload = Reload now

## CyberDrills (issue 18): console and seats
nav-drills = Drills
drill-title = CyberDrills
drill-explained = Exercises you run: release injects to the teams, follow their responses and score them against the expected actions.
drill-none = You run no drill yet. Plan one from a stored scenario (Plan a drill), or with the command line (cyberindex drill create).
drill-list = Drills you run
drill-col-title = Drill
drill-col-host = Host
drill-col-start = Planned start
drill-col-status = Status
drill-col-teams = Teams
drill-col-team = Team
drill-col-comms = Communications check
drill-col-score = Score
drill-col-target = Target
drill-col-evaluated = Expectations scored
drill-col-role = Role
drill-col-label = Label
drill-col-link-state = Link
drill-col-actions = Actions
drill-col-inject = Inject
drill-col-move = Move
drill-col-at = Time from start
drill-col-channel = Channel
drill-col-state = State
drill-scenario = Scenario
drill-clock = Clock
drill-exercise-time = Exercise time
drill-simulated-time = Simulated time
drill-reload = Reload this page
drill-status-planned = planned
drill-status-comms-check = in its communications check
drill-status-running = running
drill-status-paused = paused
drill-status-ended = ended
drill-status-reported = reported
drill-step-comms-check = Send the communications check
drill-step-start = Start the drill
drill-step-pause = Pause
drill-step-resume = Resume
drill-step-end = End the drill
drill-step-report = Mark the report as issued
drill-teams = Teams
drill-no-teams = No team takes part yet. Add teams from the directory below.
drill-comms-result = { $acknowledged } of { $sent } acknowledged, { $failed } failed
drill-comms-none = not checked
drill-links = Participant links
drill-links-explained = Players, evaluators and observers join without an account, each by a link that works once. Send each link to one person.
drill-link-new = Issue a link
drill-link-all-teams = All teams
drill-link-team-hint = A player link needs a team; an evaluator or observer link may cover one team or all.
drill-link-issue = Issue the link
drill-link-issued = Link issued
drill-link-issued-for = A link for a { $role } ({ $team }).
drill-link-address = The link
drill-link-once = Copy it now: it is shown only this once, works once, and expires on { $when }.
drill-back-to-console = Back to the console
drill-link-revoke = Withdraw
drill-link-revoke-named = Withdraw the link { $label }
drill-link-revoked = withdrawn
drill-link-used = used on { $when }
drill-link-expired = expired
drill-link-open = not used yet, valid until { $when }
drill-role-player = player
drill-role-observer = observer
drill-role-evaluator = evaluator
drill-timeline = Timeline
drill-inject-pending = waiting
drill-inject-released = released
drill-inject-released-at = released at { $at }
drill-inject-ready = ready to release
drill-inject-held = held
drill-inject-skipped = skipped
drill-inject-moved = moved
drill-act-release = Release now
drill-act-release-named = Release { $inject } now
drill-act-hold = Hold
drill-act-hold-named = Hold { $inject }
drill-act-resume = Resume
drill-act-resume-named = Resume { $inject }
drill-act-skip = Skip
drill-act-skip-named = Skip { $inject }
drill-act-move = Move
drill-act-move-named = Move { $inject } to this minute
drill-minutes-from-start = Minutes from the start
drill-channel-portal = portal
drill-channel-email = email
drill-channel-news = news
drill-channel-document = document
drill-responses = Responses
drill-no-responses = No response yet.
drill-response-file = Document
drill-verdict = Verdict
drill-result-success = success
drill-result-partial = partial
drill-result-failed = failed
drill-comment = Comment
drill-evaluate = Record the verdict
drill-join-title = Join a drill
drill-join-explained = This link opens your seat in a CyberDrill exercise. It works once: join from the browser you will use during the drill.
drill-join = Join the drill
drill-fictional = This scenario is fictional: an exercise, not a real incident.
drill-score-against-target = Score { $score } against a target of { $target }
drill-no-injects = Nothing has been released to this team yet.
drill-news-feed = News feed
drill-inbox = Injects
drill-released-at = released at { $at }
drill-expectation = Expected
drill-your-response = Your response
drill-send-response = Send the response
drill-act-read = see this drill
drill-act-run = run the drill
drill-act-respond = respond
drill-act-evaluate = evaluate responses
drill-act-lessons = answer the lessons questionnaire
drill-error-forbidden = You cannot { $act } in this drill.
drill-error-scenario = The scenario has problems: { $problems }
drill-error-scenario-changed = Scenario { $id } version { $version } already exists with other content: give the changed scenario a new version.
drill-error-status = The drill is { $status }: you cannot { $act } now.
drill-error-released = Inject { $inject } has been released: it can no longer be changed.
drill-error-dependency = Inject { $inject } waits for { $depends }.
drill-error-expectation = Inject { $inject } has no expectation { $index }.
drill-error-unknown-team = The directory has no team “{ $team }”.
drill-error-empty-response = Write a response or attach a document.
drill-error-score = A score is a whole number from 0 to 100.
drill-error-too-long = The { $field } is too long.
drill-error-empty = The { $field } is empty.
drill-error-time-zone = “{ $value }” is not a time zone: write UTC or an offset such as UTC+03:00.
drill-error-language = The scenario is not written in “{ $lang }”: choose among { $available }.
drill-error-date = “{ $value }” is not a date: write it as YYYY-MM-DD, such as 2026-03-31.
drill-error-link-used = This link was already used. Ask the facilitator for a new one.
drill-error-link-expired = This link has expired.
drill-error-link-revoked = This link was withdrawn. Ask the facilitator for a new one.
drill-error-link-unknown = This link is not valid.
drill-error-link-team = A player link needs one of the drill's teams.
drill-error-step = Choose a step the drill can take.
drill-error-act = Choose release, hold, resume, skip or move.
drill-error-minutes = The time is a whole number of minutes from 0 to { $max }.
drill-error-number = “{ $value }” is not a whole number.
drill-error-result = Choose success, partial or failed.
drill-error-role = Choose player, evaluator or observer.
drill-changed = This drill has changed: reload the page to see it (what you are writing stays until you reload).
# Issue 17: the assessment report (PDF), reachability checks as evidence, the portfolio's phase
report-maturity-title = { $team }: maturity assessment
report-maturity-source = Maturity assessment { $id }, round { $round }. Restricted: not for publication.
report-maturity-next = Next tier
report-maturity-blockers = Blocking the next tier
report-maturity-no-blockers = Nothing blocks the next tier.
report-maturity-evidence = Evidence
report-maturity-evidence-none = No evidence is recorded.
report-maturity-expires = Review by
report-maturity-roadmap = Roadmap
report-maturity-roadmap-none = The roadmap is empty.
report-maturity-restricted = This report holds the parameter detail of the assessment: levels, notes, comments, evidence and the roadmap. It is restricted to the team, its reviewer and the programme secretariat. Only the tier may be published, and only with the team's consent.
maturity-report-download = Download this assessment as PDF
maturity-reach-offers = Reachability checks of the team not yet attached here:
maturity-reach-attach = Attach as evidence
maturity-reach-evidence-title = Reachability check of { $date } ({ $address }): { $outcome }
maturity-col-phase = Establishment phase
maturity-error-parameter-level = { $parameter }: “{ $value }” is not a level: choose 0, 1, 2, 3, 4 or n/a.
maturity-error-parameter-twice = { $parameter } is named more than once: send each parameter once.
maturity-evidence-upload = Or a file
maturity-evidence-upload-hint = Give one of a web address, a check message or a file: PDF, office document, image or text, up to { $size } MB. Web pages and other markup are refused.
maturity-error-evidence-one-source = Give either a file, a web address or a check message, not more than one.
maturity-error-evidence-field = Unknown field “{ $field }”: use parameter, title, url, ping, file, issued or expires.
maturity-sheet-group = Group
maturity-sheet-name = Short name
maturity-sheet-evidence = Evidence (title: where (date → review by))
maturity-export-link = Download as a workbook (XLSX)
maturity-import-link = Import the team's levels from a workbook
maturity-import-title = Import the self-assessment of assessment { $id }
maturity-import-back = Back to the assessment
maturity-import-nothing-applied = Nothing has been applied. Correct each cell named here in the workbook, then read it again.
maturity-import-preview = What the workbook changes
maturity-import-changes = Changes to the team's levels and notes
maturity-import-from = Now
maturity-import-to = In the workbook
maturity-import-note-same = unchanged
maturity-import-upload = Read a workbook
maturity-import-hint = Use this assessment's workbook: only the parameter (column A), the team's level (D) and note (E) are read. Levels are 0 to 4 or n/a, empty when not rated. Nothing is applied before you confirm the preview.
maturity-import-file = Workbook (.xlsx)
maturity-import-read = Preview the changes
maturity-import-error-no-parameter = { $cell }: give the parameter id of this row.
maturity-import-error-parameter = { $cell }: “{ $value }” is not a parameter of this assessment's framework.
maturity-import-error-duplicate = { $cell }: { $parameter } is already in row { $row }.
maturity-import-error-level = { $cell }: level “{ $value }” is not on the scale 0–4 or n/a.
maturity-import-error-too-long = { $cell }: the note for { $parameter } is longer than 10,000 characters.
maturity-import-error-file = The file could not be read as a workbook: { $detail }
maturity-import-error-empty = The sheet has no parameter rows: fill in the workbook exported from this assessment.
maturity-import-error-no-file = Choose the workbook to read.
maturity-import-errors = { $count ->
    [one] One problem in the workbook
   *[other] { $count } problems in the workbook
}
maturity-import-summary = { $count ->
    [0] { $file }: the workbook changes nothing.
    [one] { $file }: one change to the team's levels and notes.
   *[other] { $file }: { $count } changes to the team's levels and notes.
}
maturity-import-apply = { $count ->
    [one] Apply the change
   *[other] Apply the { $count } changes
}
maturity-error-control-field = The text for { $parameter } holds a control character: remove it.
establishment-error-field = Unknown field “{ $field }”: use kind, phase, title, issued, url or file.

## The after-action report of a drill (crates/report/src/drill.rs, crates/drill/src/report.rs)
drill-report-title = { $title }: after-action report
drill-report-source = Drill { $id }, { $date } · { $tlp }
drill-report-copy-full = Full report: every team's results. Each team's results are confidential to that team, the host and the programme secretariat.
drill-report-copy-team = Copy for { $team }: this team's results only, confidential to the team, the host and the programme secretariat.
drill-report-copy-public = Public report: the aggregate results, published with the host's agreement. No team is named.
drill-report-summary = Summary
drill-report-drill = Drill
drill-report-level = Level
drill-report-level-national = National
drill-report-level-regional = Regional
drill-report-level-global = Global
drill-report-mode = Mode
drill-report-mode-tabletop = Tabletop
drill-report-mode-hybrid = Hybrid
drill-report-mode-strategy = Strategy
drill-report-time-zone = Time zone
drill-report-languages = Languages
drill-report-start = Start
drill-report-end = End
drill-report-scenario = Scenario
drill-report-version = Scenario version
drill-report-tlp = TLP
drill-report-licence = Licence
drill-report-timeline = Timeline
drill-report-planned = Planned time
drill-report-released = Released at (exercise time)
drill-report-inject-title = Title
drill-report-results = Results by team
drill-report-expectation = Expectation
drill-report-verdicts = Verdicts
drill-report-expected = Expected score
drill-report-met = Met
drill-report-not-met = Not met
drill-report-not-evaluated = Not evaluated
drill-report-confidential = Confidential: each team's results are for that team, the host and the programme secretariat only.
drill-report-aggregate = Aggregate
drill-report-responses = Responses
drill-report-mean = Mean score
drill-report-min = Lowest score
drill-report-max = Highest score
drill-report-share = Share of teams (%)
drill-report-strengths = Strengths
drill-report-gaps = Gaps
drill-report-improvements = Improvement plan
drill-report-lessons = Lessons
drill-report-none = None.
drill-report-issue = Issue
drill-report-question = Question
drill-report-answer = Answer
drill-report-anonymous = Anonymous
drill-report-heading = After-action report
drill-report-pdf = PDF
drill-report-xlsx = Workbook (XLSX)
drill-report-own = Your team's after-action report (PDF)
nav-drill-results = Drill results
drill-public-title = CyberDrill results
drill-public-explained = The aggregate results of CyberDrills whose host agreed to publish them. No team is named: each team's own results stay with that team, the host and the programme secretariat.
drill-public-none = No drill results have been published yet.
drill-public-list = Published drills, latest first
drill-public-copy = The public copy of the after-action report: the aggregate of all teams, with no team named.
drill-public-shares = Share of the teams evaluated that met each expectation
drill-public-evaluated = Teams evaluated
# Issue 18: planning on the web, teams, improvement plan, lessons, documents, programme
drill-new-title = Plan a drill
drill-new-no-scenario = No scenario is stored yet. Import one with the command line (cyberindex drill import).
drill-new-host-team = Team whose staff facilitate
drill-new-no-host-team = None: only the secretariat
drill-new-host-team-hint = Staff of this directory team may run the drill's console besides the secretariat.
drill-new-time-zone = Time zone
drill-new-time-zone-hint = UTC, or an offset from it such as UTC+03:00. The start below is in this time zone.
drill-new-start = Planned start
drill-new-languages = Languages
drill-new-languages-hint = Language codes separated by commas, such as en,fr. Leave empty for every language of the scenario.
drill-new-public-results = The host agrees to publish the aggregate results
drill-new-create = Create the drill
drill-col-level = Level
drill-col-mode = Mode
drill-level-national = national
drill-level-regional = regional
drill-level-global = global
drill-mode-tabletop = tabletop
drill-mode-hybrid = hybrid
drill-mode-strategy = strategy
drill-error-new-field = Unknown field “{ $field }”: use scenario, title, level, mode, host, host_team, time_zone, start, languages or public_results.
drill-error-new-scenario = Choose a scenario version.
drill-error-new-level = Choose national, regional or global.
drill-error-new-mode = Choose tabletop, hybrid or strategy.
drill-error-new-start = “{ $value }” is not a start: give a date and a time, such as 2026-12-10T09:00.
drill-team-add = Add a team
drill-team-choose = Choose a team of the directory
drill-team-roles = Roles in the scenario
drill-team-roles-hint = An inject addressed to a role goes to the teams that play it; injects for all teams go to every team.
drill-team-consent = The team agrees to offer its results as evidence in its next maturity assessment
drill-team-consent-hint = Only then are its scores on expectations linked to maturity parameters offered to its assessment.
drill-team-add-button = Add the team
drill-error-team-field = Unknown field “{ $field }”: use team, roles or consent.
drill-error-team-missing = Choose a team.
drill-error-team-role = “{ $role }” is not a role of this scenario: choose among { $roles }.
drill-improvements = Improvement plan
drill-improvements-explained = What the teams and the host will change after the drill: each issue with its action, owner, due date and the maturity parameter it serves.
drill-improvements-none = The improvement plan is empty.
drill-improvement-issue = Issue
drill-improvement-action = Action
drill-improvement-owner = Owner
drill-improvement-due = Due date
drill-improvement-parameter = Maturity parameter
drill-improvement-no-parameter = None
drill-improvement-status = Status
drill-improvement-save = Save the item
drill-improvement-new = Add an item
drill-improvement-add = Add to the plan
drill-error-improvement-team = “{ $team }” does not take part in this drill.
drill-error-improvement-parameter = “{ $parameter }” is not linked to this scenario: choose among { $parameters }.
drill-lessons = Lessons learned
drill-lessons-none = No answer to the lessons questionnaire yet.
drill-lessons-explained = Answer the questions you want to; empty ones are left out.
drill-lessons-sent = Thank you: your answers are recorded.
drill-lessons-anonymous = Answer anonymously
drill-lessons-anonymous-hint = Your team's name is then kept neither with the answers nor in the audit trail.
drill-lessons-send = Send the answers
drill-lesson-question = Question
drill-lesson-answer = Answer
drill-lesson-by = From
drill-lesson-anonymous = anonymous
drill-lesson-went-well = What worked well in your team's response?
drill-lesson-went-badly = What did not work, or took too long?
drill-lesson-procedures = Which of your procedures or contacts will you change?
drill-lesson-missing = Which skills, tools or information were missing?
drill-lesson-next = What should the next drill do differently?
drill-error-lesson-field = Unknown field “{ $field }”: answer the questions of the form.
drill-response-document = Or attach a document
drill-response-hint = Write a response, attach a document (PDF, office document, image or text), or both.
drill-response-unsent = Your response, not sent (copy it to keep it):
drill-error-response-field = Unknown field “{ $field }”: use inject, expectation, text or file.
drill-programme-title = Drill programme
drill-programme-explained = Every drill with the countries and teams taking part, participation and the aggregate result. Choose a country to see its history of participation.
drill-programme-year = Year
drill-programme-all-years = All years
drill-programme-country = Country history
drill-programme-no-country = No country
drill-programme-history = { $country }: drills taken part in
drill-programme-history-none = No team of this country has taken part in a drill.
drill-programme-summary = { $count ->
    [one] One drill
   *[other] { $count } drills
}
drill-programme-participation = { $responded } of { $teams } teams responded
drill-programme-score = mean { $score } (target { $target })
drill-programme-team-score = { $team }: { $score } (target { $target })
drill-col-countries = Countries
drill-col-participation = Participation
drill-col-mean-score = Aggregate result
drill-error-year = “{ $value }” is not a year: write four digits, such as 2026.
drill-error-country = “{ $value }” is not a country code: use an ISO 3166 alpha-3 code, such as KEN.
maturity-drill-offers = Results of CyberDrills the team agreed to offer:
maturity-drill-offer = { $drill } ({ $date }): { $score } against a target of { $target } on { $count } expectations
maturity-drill-evidence-title = CyberDrill “{ $drill }” of { $date }: { $score } against a target of { $target } on { $count } expectations linked to this parameter
maturity-error-drill-offer = This CyberDrill result is not offered for this parameter: the drill has not ended, the team did not agree to offer it, or its report is already attached. Reload the page to see what is offered.
