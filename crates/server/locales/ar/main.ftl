# cyberindex interface: Arabic, Modern Standard Arabic (translated from the English reference, locales/en/main.ftl).
# Keys are grouped by page. Keep each message a whole sentence or label; never build sentences
# from pieces in code.

## Layout
skip-to-content = الانتقال إلى المحتوى الرئيسي
demo-banner = بيانات تجريبية لأغراض العرض فقط: هذه ليست تقييمات حقيقية.
nav-label = القائمة الرئيسية
nav-editions = الإصدارات
nav-users = المستخدمون
nav-outbox = صندوق الصادر
nav-my-responses = ردودي
nav-account = الحساب
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
language-label = اللغة
footer-text = cyberindex: برمجيات مفتوحة لبرامج القدرات الوطنية في مجال الأمن السيبراني.
back-home = العودة إلى الصفحة الرئيسية
yes = نعم
no = لا

## Home
home-title = البرنامج الوطني للقدرات في مجال الأمن السيبراني
home-intro = تجيب الدول هنا على الاستبيان، وتستعرض الأمانة كل إجابة معها، ثم تُنشر النتائج المعتمدة.
home-nothing-published = لم تُنشر أي نتائج بعد.
published-notice = نُشر الإصدار { $version } من النتائج.
published-open = فتح النتائج المنشورة
home-all-results = جميع النتائج المنشورة
nav-results = النتائج
my-responses-title = ردودي
my-responses-none = لا يوجد حاليًا أي استبيان مفتوح لك.
col-edition = الإصدار
col-country = الدولة
col-status = الحالة
col-deadline = الموعد النهائي
col-framework = الإطار
col-opens = تاريخ الفتح
col-countries = الدول
col-state = الحالة
col-actions = الإجراءات
col-complete = نسبة الإنجاز
col-last-activity = آخر نشاط

## Sign in
login-title = تسجيل الدخول
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة. يُرجى التحقق من كليهما والمحاولة مرة أخرى.
totp-code-title = رمز المصادقة
field-totp-code = الرمز المكوَّن من ستة أرقام
totp-code-help = يُرجى فتح تطبيق المصادقة وإدخال الرمز الذي يعرضه لحساب cyberindex.
totp-code-submit = متابعة
totp-code-wrong = هذا الرمز غير صحيح أو انتهت صلاحيته. يُرجى إدخال الرمز الذي يعرضه التطبيق الآن.

## Passwords and links
field-new-password = كلمة المرور الجديدة
field-confirm-password = إعادة كتابة كلمة المرور الجديدة
password-help = يجب ألا يقل طولها عن 12 حرفًا. وتشكّل بضع كلمات لا رابط بينها كلمة مرور قوية.
set-password-submit = تعيين كلمة المرور
password-too-short = كلمة المرور قصيرة جدًا: يُرجى استخدام 12 حرفًا على الأقل.
password-common = كلمة المرور هذه من بين أكثر 10000 كلمة مرور شيوعًا، وهي أول ما يجربه المهاجمون. اختر كلمة أخرى: عدة كلمات لا علاقة بينها متتالية تكون طويلة وسهلة التذكر.
password-common-variant = كلمة المرور هذه كلمة مرور شائعة جدًا أضيفت إليها أرقام أو رموز، وهذا أيضًا أول ما يجربه المهاجمون. اختر كلمة أخرى: عدة كلمات لا علاقة بينها متتالية تكون طويلة وسهلة التذكر.
password-repetitive = كلمة المرور هذه تكرر نمطًا قصيرًا أو تستخدم عددًا قليلًا جدًا من الأحرف المختلفة، لذا يسهل تخمينها. اختر كلمة أخرى: عدة كلمات لا علاقة بينها متتالية تكون طويلة وسهلة التذكر.
password-mismatch = كلمتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.
invitation-title = مرحبًا بكم في cyberindex
invitation-intro = يُرجى اختيار كلمة مرور لإكمال إعداد حسابك. ولا يمكن استخدام هذا الرابط إلا مرة واحدة.
reset-title = إعادة تعيين كلمة المرور
reset-intro = يُرجى إدخال عنوان البريد الإلكتروني المرتبط بحسابك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
reset-submit = إرسال الرابط
reset-sent = إذا كان هذا العنوان مرتبطًا بحساب، فقد أُرسل إليه رابط لإعادة تعيين كلمة المرور. ولا يمكن استخدام الرابط إلا مرة واحدة، وهو صالح لمدة يوم واحد.
reset-confirm-title = اختيار كلمة مرور جديدة
reset-confirm-intro = يُرجى اختيار كلمة مرور جديدة لحسابك. وستحتاج إليها أيضًا لتسجيل الدخول من أجهزة أخرى.

## Account
account-title = حسابك
totp-title = المصادقة الثنائية
totp-on = المصادقة الثنائية مفعّلة: يُطلب عند تسجيل الدخول رمز من تطبيقك.
totp-disable = إيقاف المصادقة الثنائية
totp-required = يتطلب دورك استخدام المصادقة الثنائية. يُرجى إعدادها للمتابعة.
totp-setup-intro = يُرجى مسح رمز QR هذا باستخدام تطبيق للمصادقة (أو كتابة المفتاح الوارد أدناه)، ثم إدخال الرمز المكوَّن من ستة أرقام الذي يعرضه التطبيق.
totp-qr-alt = رمز QR لإضافة cyberindex إلى تطبيق للمصادقة
totp-secret-label = المفتاح:
totp-enable = تفعيل المصادقة الثنائية
tokens-title = رموز API
tokens-intro = تستخدم البرامج النصية رمزًا شخصيًا في الترويسة "Authorization: Bearer TOKEN". ويعمل الرمز بصلاحياتك، لذا يُرجى إلغاؤه عندما لا تعود بحاجة إليه.
tokens-new = يُرجى نسخ رمزك الجديد الآن، إذ لن يُعرض مرة أخرى.
tokens-none = ليست لديك أي رموز.
tokens-name = اسم الرمز
tokens-created = تاريخ الإنشاء
tokens-last-used = آخر استخدام
tokens-state = الحالة
tokens-revoke = إلغاء
tokens-revoked = ملغى
tokens-create = إنشاء رمز

## Roles and statuses
role-admin = مسؤول الأمانة
role-reviewer = المراجِع
role-focal-point = جهة الاتصال
role-contributor = مساهم
role-observer = مراقب
status-not-started = لم يبدأ
status-in-progress = قيد الإنجاز
status-submitted = مقدَّم
status-in-review = قيد المراجعة
status-validated = معتمد

## Editions
editions-title = الإصدارات
editions-new = إصدار جديد
editions-none = لا توجد إصدارات بعد.
editions-archive = أرشفة
editions-create = إنشاء الإصدار
edition-open = مفتوح
edition-archived = مؤرشف
edition-field-id = معرّف الإصدار
edition-field-id-help = أحرف لاتينية صغيرة وأرقام وشرطات، مثل 2026. ويظهر المعرّف في عناوين الصفحات ولا يمكن تغييره.
edition-field-name = الاسم
edition-field-framework = الإطار
edition-field-framework-file = أو رفع ملف إطار (TOML)
edition-field-opens = تاريخ الفتح
edition-field-deadline = الموعد النهائي
edition-field-countries = الدول المشاركة
edition-field-countries-help = يُرجى كتابة "all" لاختيار جميع الدول الواردة في القائمة الرئيسية، أو كتابة رموز ISO 3166-1 alpha-3 مفصولة بفواصل لاتينية (,).
edition-field-carry-forward = نقل الإجابات من
edition-carry-forward-none = عدم نقل الإجابات
edition-field-carry-forward-help = تُملأ مسبقًا إجابات كل بلد في ذلك الإصدار، وتُوسم بأنها منقولة، ويجب أن يؤكدها البلد.
form-errors = يُرجى تصحيح المشكلات التالية

## Dashboard
dashboard-title = لوحة المتابعة
dashboard-summary = الموعد النهائي: { $deadline }. الإطار: { $framework }.
dashboard-filters = تصفية الدول
dashboard-region = منطقة الاتحاد الدولي للاتصالات
dashboard-status = الحالة
dashboard-all = الكل
dashboard-apply = تطبيق عوامل التصفية
dashboard-caption = { $count ->
    [zero] لا توجد دول
    [one] دولة واحدة
    [two] دولتان
    [few] { $count } دول
    [many] { $count } دولة
   *[other] { $count } دولة
}

## Workspace
workspace-status = الحالة:
workspace-deadline = الموعد النهائي:
readonly-submitted = قُدِّم هذا الرد، ولم يعد من الممكن تغييره.
readonly-viewer = يمكنك الاطلاع على هذا الرد، ولكن لا يمكنك تغييره.
progress-title = التقدم المحرز
progress-pillar = الركيزة
progress-answered = المُجاب عنها
progress-evidence-missing = الأدلة الداعمة الناقصة
progress-total = جميع الركائز
questions-count = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
autosave-saving = جارٍ الحفظ…
autosave-saved = حُفظت جميع التغييرات.
autosave-offline = لم تُحفظ بعد: انقطع الاتصال. إجابتك محفوظة على هذا الجهاز، وستُحفظ عند عودة الاتصال.
autosave-error = تعذّر حفظ هذه الإجابة. يُرجى الاطلاع على الرسالة الظاهرة بجانبها.
autosave-conflict = غيّر شخص آخر هذه الإجابة أثناء تحريرك لها. يُرجى اختيار القيمة التي تريد الاحتفاظ بها.
conflict-title = غيّر شخص آخر هذه الإجابة
conflict-intro = أثناء قيامك بالتحرير، حفظ شخص آخر هذه الإجابة. يُرجى اختيار القيمة التي تريد الاحتفاظ بها.
conflict-theirs = قيمة الشخص الآخر
conflict-mine = قيمتك
conflict-keep-theirs = الاحتفاظ بقيمة الشخص الآخر
conflict-use-mine = حفظ قيمتي بدلًا منها
conflict-empty = (لا توجد إجابة)
# carry-forward (issue 14 item 7)
confirm-pillar-button = { $count ->
    [zero] لا توجد إجابات دون تغيير في { $pillar }
    [one] تأكيد الإجابة التي لم تتغير في { $pillar }
    [two] تأكيد الإجابتين اللتين لم تتغيرا في { $pillar }
    [few] تأكيد { $count } إجابات لم تتغير في { $pillar }
    [many] تأكيد { $count } إجابة لم تتغير في { $pillar }
   *[other] تأكيد { $count } إجابة لم تتغير في { $pillar }
}
confirm-pillar-hint = { $count ->
    [one] مُلئت إجابة واحدة في هذه الركيزة مسبقًا نيابةً عنك ولم تُغيَّر. إذا كانت لا تزال صحيحة، فأكّدها بخطوة واحدة. يُسجَّل التأكيد في سجل التدقيق.
    [two] مُلئت إجابتان في هذه الركيزة مسبقًا نيابةً عنك ولم تُغيَّرا. إذا كانتا لا تزالان صحيحتين، فأكّدهما بخطوة واحدة. يُسجَّل كل تأكيد في سجل التدقيق.
    [few] مُلئت { $count } إجابات في هذه الركيزة مسبقًا نيابةً عنك ولم تُغيَّر. إذا كانت لا تزال صحيحة، فأكّدها كلها بخطوة واحدة. يُسجَّل كل تأكيد في سجل التدقيق.
   *[other] مُلئت { $count } إجابة في هذه الركيزة مسبقًا نيابةً عنك ولم تُغيَّر. إذا كانت لا تزال صحيحة، فأكّدها كلها بخطوة واحدة. يُسجَّل كل تأكيد في سجل التدقيق.
}
confirm-pillar-done = { $count ->
    [0] لم يبقَ شيء لتأكيده في { $pillar }.
    [one] أُكّدت إجابة واحدة في { $pillar }.
    [two] أُكّدت إجابتان في { $pillar }.
    [few] أُكّدت { $count } إجابات في { $pillar }.
   *[other] أُكّدت { $count } إجابة في { $pillar }.
}
confirm-pillar-next = { $count ->
    [one] التالي: إجابة واحدة لم تتغير بانتظار التأكيد في { $pillar }
    [two] التالي: إجابتان لم تتغيرا بانتظار التأكيد في { $pillar }
    [few] التالي: { $count } إجابات لم تتغير بانتظار التأكيد في { $pillar }
   *[other] التالي: { $count } إجابة لم تتغير بانتظار التأكيد في { $pillar }
}
evidence-carried-from = منقول من { $edition }
conflict-changed-by = غيّرها { $who } في { $when }.
conflict-changed-at = غُيّرت في { $when }.
evidence-required-tag = يلزم تقديم أدلة داعمة
prefilled-secretariat = عبّأتها الأمانة مسبقًا استنادًا إلى مصادر عامة. يُرجى تأكيدها أو تصحيحها.
prefilled-carried-forward = منقولة من الإصدار السابق. يُرجى تأكيدها أو تصحيحها.
guidance = إرشادات
evidence-expected = الأدلة الداعمة المتوقعة:
not-answered = لم تتم الإجابة
field-number = العدد
number-hint-whole = عدد صحيح
number-hint-min = { $min } أو أكثر
number-hint-max = { $max } أو أقل
number-hint-range = من { $min } إلى { $max }
text-hint-max-length = { $max } حرفاً على الأكثر
field-url = عنوان الموقع الإلكتروني
field-date = التاريخ
field-text = الإجابة
field-comment = تعليق (اختياري)
save-page = حفظ الإجابات في هذه الصفحة
evidence-title = الأدلة الداعمة
evidence-none = لم تُرفق أي أدلة داعمة بعد.
evidence-public = علني
evidence-confidential = سري
evidence-delete = إزالة
evidence-link = رابط
evidence-add = إرفاق أدلة داعمة
evidence-field-title = عنوان الوثيقة
evidence-field-url = عنوان الموقع الإلكتروني للأدلة الداعمة
evidence-field-file = أو ملف
evidence-upload-hint = يُرجى إدخال عنوان موقع إلكتروني أو اختيار ملف: PDF أو مستند مكتبي أو صورة أو نص، بحجم لا يتجاوز { $size } MB.
evidence-field-language = لغة الوثيقة
evidence-language-other = لغة أخرى
evidence-field-date = تاريخ الوثيقة
evidence-field-public = يجوز نشرها مع النتائج
evidence-add-submit = إرفاق

## Submit
submit-review-link = المراجعة والتقديم
submit-title = المراجعة والتقديم
submit-summary = الأسئلة المُجاب عنها: { $answered } من أصل { $relevant }.
submit-unanswered = الأسئلة التي لم تتم الإجابة عنها
submit-no-evidence = الإجابات التي تفتقر إلى الأدلة الداعمة المطلوبة
submit-none = لا يوجد.
submit-confirm = لقد راجعتُ الإجابات، وأؤكد أنها كاملة وصحيحة على حد علمي.
submit-button = تقديم الرد
submit-focal-only = جهة الاتصال في الدولة وحدها هي التي يمكنها تقديم الرد.
submit-back = العودة إلى الاستبيان

## Users and outbox
users-title = المستخدمون
users-invite = دعوة مستخدم
users-invite-submit = إرسال الدعوة
users-invited = أُنشئت الدعوة. وقد أُرسل الرابط أدناه بالبريد الإلكتروني (أو هو موجود في صندوق الصادر)، ولا يمكن استخدامه إلا مرة واحدة.
users-list = جميع المستخدمين
users-2fa = المصادقة الثنائية
users-last-login = آخر تسجيل دخول
field-name = الاسم
field-role = الدور
field-country = الدولة
field-country-help = مطلوب لجهات الاتصال والمساهمين.
field-observed = الدول المطلوب مراقبتها
field-observed-help = للمراقبين: رموز ISO 3166-1 alpha-3 مفصولة بفواصل لاتينية (,).
outbox-title = صندوق الصادر
outbox-intro-smtp = جميع الرسائل التي يرسلها النظام، مع حالة تسليم كل منها.
outbox-intro-no-smtp = لم يُضبط البريد الإلكتروني، ولذلك تُحفظ الرسائل هنا. يُرجى إرسال الروابط إلى الأشخاص المعنيين.
outbox-empty = لا توجد رسائل.
outbox-sent = مُرسَلة
outbox-not-sent = غير مُرسَلة
outbox-failed = فشل الإرسال

## Errors
error-not-found = الصفحة غير موجودة
error-not-found-text = هذه الصفحة غير موجودة، أو ليست لديك صلاحية الوصول إليها.
error-unauthorized = يلزم تسجيل الدخول أولًا
error-unauthorized-text = يُرجى تسجيل الدخول للمتابعة.
error-rate-limited = محاولات كثيرة جدًا
error-rate-limited-text = يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
error-cross-site = رُفض الطلب
error-cross-site-text = لم يصدر الطلب عن هذا الموقع. يُرجى الرجوع إلى الصفحة السابقة وإعادة تحميلها ثم المحاولة مرة أخرى.
error-internal = حدث خطأ
error-internal-text = سُجّل الخطأ. يُرجى المحاولة مرة أخرى بعد قليل، وإذا تكرر حدوثه فيُرجى إبلاغ الأمانة.
error-locked = لم يعد من الممكن تغيير هذا الرد
error-problem = توجد مشكلة
error-closed = هذا الجزء من الرد غير متاح للتغيير

## Review and validation
status-returned = مُعاد للتنقيح
nav-notifications = الإشعارات
nav-webhooks = خطافات الويب
nav-audit = سجل التدقيق
queue-title = قائمة انتظار المراجعة
queue-caption = { $count ->
    [zero] لا توجد ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًا
   *[other] { $count } رد
}
queue-all-review = المقدَّمة وما بعدها
queue-reviewer = المراجِع
queue-mine = المسندة إليّ
queue-unassigned = غير مسندة إلى أي مراجِع
queue-due = الموعد النهائي
queue-overdue = تجاوزت الموعد النهائي
queue-week = يحل موعدها النهائي خلال 7 أيام
queue-deadline = الموعد النهائي
queue-submitted = تاريخ التقديم
review-title = المراجعة
review-round = الجولة
review-round-deadline = الرد في موعد أقصاه
review-country-view = العرض الخاص بالدولة
review-actions = الرد
review-summary = الأسئلة المطروحة التي لم تُقبل بعد: { $blocking }. الأسئلة المعروضة: { $shown }.
review-validate = اعتماد الرد
review-validate-blocked = يجب قبول كل سؤال مطروح في نسخته الحالية قبل أن يتسنى اعتماد الرد.
review-return = إعادة الرد إلى الدولة
review-return-deadline = الموعد النهائي لهذه الجولة
review-return-message = رسالة إلى الدولة (اختيارية)
review-return-submit = إعادة الرد وفتح جولة جديدة
review-reopen = إعادة فتح الرد المعتمد
review-reopen-reason = السبب (يُحفظ في سجل التدقيق)
review-reopen-submit = إعادة الفتح
review-filter = الأسئلة المعروضة
review-show-all = جميع الأسئلة
review-show-open = التي لم تُقبل بعد
review-show-changed = التي تغيّرت منذ الجولة الأخيرة
review-none-shown = لا توجد هنا أسئلة مطابقة.
review-accepted-tag = مقبول
review-not-asked = غير مطروح
review-answer = الإجابة
review-history = القرارات
review-outdated = تغيّرت الإجابة منذ ذلك الحين
review-proposed = القيمة المقترحة
review-decision = قرار المراجعة
review-comment = تعليق موجَّه إلى الدولة
review-comment-hint = مطلوب عند طلب توضيح أو عند الرفض.
review-decide = تسجيل القرار
decision-accept = قبول
decision-clarify = طلب توضيح
decision-reject = رفض
diff-caption = التغييرات منذ الجولة
diff-field = الحقل
diff-before = قبل
diff-after = بعد
diff-value = الإجابة
diff-comment = التعليق
diff-evidence = الأدلة الداعمة
thread-title = المناقشة مع الدولة
thread-empty = لا توجد رسائل بعد.
thread-write = كتابة رسالة
thread-send = إرسال الرسالة
notes-title = ملاحظات المراجعين
notes-explained = لا يطّلع على هذه الملاحظات سوى الأمانة، ولا تطّلع عليها الدولة مطلقًا.
notes-write = كتابة ملاحظة
notes-send = حفظ الملاحظة
needs-action = يتطلب إجراءً منك
round-title = جولة المراجعة
round-explained = أعاد المراجعون الرد لجولة أخرى. أجب عمّا استفسروا عنه وعن أي سؤال لا يزال مفتوحًا، ثم قدّم الرد مرة أخرى. لا تُجمَّد إلا الإجابات المقبولة.
scores-title = الدرجات
scores-caption = الدرجات المؤقتة والرسمية
score-overall = الإجمالي
score-provisional = الدرجة المؤقتة
score-official = الدرجة الرسمية
scores-explained = تُحتسب الدرجة المؤقتة على أساس الإجابات الحالية. أما الدرجة الرسمية فلا تُحتسب إلا على أساس الإجابات التي قبلها المراجعون، وتُعامَل الإجابات الأخرى على أنها لم تتم الإجابة عنها.
provenance-country = مقدَّمة من الدولة
provenance-secretariat = صاغتها الأمانة
provenance-carried-forward = منقولة
outcome-confirmed = أكدتها الدولة
outcome-corrected = صحّحتها الدولة
outcome-kept-by-policy = أُبقي عليها بموجب سياسة الموعد النهائي
outcome-dropped-by-policy = استُبعدت بموجب سياسة الموعد النهائي
outcome-unconfirmed = لم تُؤكَّد بعد
prefilled-confirm = تأكيد هذه الإجابة كما هي
assign-title = المراجعون
assign-none = لم يُسنَد الرد إلى أي مراجِع: يُبلَّغ جميع المراجعين.
assign-whole = الرد بأكمله
assign-reviewer = المراجِع
assign-pillar = الركيزة
assign-add = إسناد
assign-remove = إزالة
desk-explained = لم تقدّم الدولة ردها. ويمكن للأمانة صياغة إجابات استنادًا إلى مصادر عامة، ثم تؤكدها الدولة أو تصححها.
desk-draft = صياغة إجابة استنادًا إلى مصادر عامة
desk-source = المصدر (مطلوب)
desk-save = حفظ المسودة
desk-send = مطالبة الدولة بتأكيد المسودات
desk-policy-title = البحث المكتبي عند حلول الموعد النهائي
desk-policy-explained = ما يحدث للإجابات المصاغة التي لم تؤكدها الدولة أو تصححها بحلول الموعد النهائي. ويؤدي تطبيق السياسة إلى تسجيل مآل كل إجابة من هذه الإجابات وتقديم الردود المعنية للمراجعة.
desk-policy-label = السياسة
desk-policy-keep = الإبقاء على المسودة بوصفها الإجابة
desk-policy-drop = استبعاد المسودة (دون إجابة)
desk-policy-save = حفظ السياسة
desk-policy-apply = تطبيق السياسة الآن
audit-title = سجل التدقيق
audit-caption = { $count ->
    [zero] لا توجد قيود
    [one] قيد واحد، الأحدث أولًا
    [two] قيدان، الأحدث أولًا
    [few] { $count } قيود، الأحدث أولًا
    [many] { $count } قيدًا، الأحدث أولًا
   *[other] { $count } قيد، الأحدث أولًا
}
audit-question = السؤال
audit-user = المستخدم (البريد الإلكتروني)
audit-action = الإجراء
audit-object = العنصر
audit-when = التاريخ والوقت
audit-reason = السبب
audit-csv = التنزيل بصيغة CSV
notifications-title = الإشعارات
notifications-none = لا توجد إشعارات.
notifications-new = الجديدة:
notifications-mark-read = وسم الكل بأنه مقروء
notify-status = { $country }: أصبحت حالة الرد «{ $status }»
notify-message = { $country }: رسالة جديدة بشأن السؤال { $question }
notify-drafts = { $country }: صاغت الأمانة إجابات يُرجى تأكيدها أو تصحيحها
notify-open = فتح
webhooks-title = خطافات الويب
webhooks-explained = يُرسَل كل تغيير في حالة أي رد بصيغة JSON موقَّعة إلى كل عنوان من العناوين الواردة أدناه. وتتضمن الترويسة X-Cyberindex-Signature البادئة sha256= متبوعةً بقيمة HMAC-SHA256 لمتن الطلب، محسوبةً باستخدام السر الخاص بالعنوان. وتُعاد محاولة عمليات التسليم التي أخفقت على فترات متزايدة.
webhooks-secret-once = سر التوقيع (يُعرض مرة واحدة فقط) للعنوان
webhooks-none = لا توجد خطافات ويب.
webhooks-url = العنوان
webhooks-add = إضافة خطاف ويب
webhooks-disable = تعطيل
webhooks-log = عمليات التسليم
webhooks-event = الحدث
webhooks-attempts = المحاولات
webhooks-outcome = النتيجة
webhook-delivered = سُلِّم في { $when }
webhook-retrying = ستُعاد المحاولة في { $when } ({ $error })
webhook-failed = توقفت المحاولات ({ $error })
scores-counted = إجابات محتسبة

## Error messages
error-conflict-text = غيّر شخص آخر هذه الإجابة.
error-locked-status = حالة الرد «{ $status }»، ولم يعد من الممكن تغييره.
error-admins-only = هذه الوظيفة مخصصة لمسؤولي الأمانة.
error-secretariat-only = هذه الوظيفة مخصصة للأمانة.
error-audit-readers = سجل التدقيق متاح للأمانة والدول فقط.
error-dashboard-readers = لوحة المتابعة متاحة للأمانة والمراقبين فقط.
error-country-write = جهة الاتصال في الدولة والمساهمون فيها هم وحدهم الذين يمكنهم تغيير إجاباتها.
error-submit-focal = جهة الاتصال في الدولة وحدها هي التي يمكنها تقديم الرد.
error-review-secretariat = المراجعة من اختصاص الأمانة.
error-observers-read-only = يمكن للمراقبين قراءة المناقشات، ولكن لا يمكنهم الكتابة فيها.
error-reopen-admin = مسؤول الأمانة وحده هو الذي يمكنه إعادة فتح رد معتمد.
error-notes-secretariat = ملاحظات المراجعين مخصصة للأمانة.
error-totp-code-first = يُرجى إدخال رمز المصادقة أولًا.
error-totp-enrol-first = يُرجى إعداد المصادقة الثنائية أولًا: فدورك يتطلبها.
error-totp-required = يتطلب دورك استخدام المصادقة الثنائية.
error-body-too-large = يتجاوز حجم متن الطلب 1 MB.
error-json-invalid = متن الطلب غير صالح: { $detail }
error-form-unreadable = تعذّرت قراءة النموذج: { $detail }
error-field-unknown = الحقل «{ $field }» غير معروف.
error-comment-too-long = يتجاوز طول التعليق 10000 حرف.
error-message-too-long = يتجاوز طول الرسالة 10000 حرف.
error-message-empty = الرسالة فارغة: يُرجى كتابة نص أولًا.
error-write-message = يُرجى كتابة رسالة أولًا.
error-value-option = «{ $value }» ليس من خيارات هذا السؤال: استخدم أحد الخيارات { $options }، أو اتركه فارغاً.
error-value-options = «{ $value }» يتضمن قيمة ليست من خيارات هذا السؤال: اختر من بين { $options }.
error-value-number = «{ $value }» ليس رقماً: استخدم النقطة للكسور العشرية، مثل 12 أو 3.5.
error-value-below = { $value } أقل من { $min }، وهي أصغر قيمة يقبلها هذا السؤال.
error-value-above = { $value } أكبر من { $max }، وهي أكبر قيمة يقبلها هذا السؤال.
error-value-whole = { $value } ليس عدداً صحيحاً: هذا السؤال يطلب عدداً.
error-value-url = «{ $value }» ليس عنواناً على الويب: اكتب عنواناً يبدأ بـ http:// أو https://.
error-value-date = «{ $value }» ليس تاريخاً: اكتبه بالصيغة YYYY-MM-DD، مثل 2024-03-31.
error-value-list = يجب ألا تحتوي قائمة الخيارات إلا على معرّفات خيارات (سلاسل نصية).
error-value-type = يجب أن تكون القيمة معرّف خيار، أو قائمة بمعرّفات خيارات، أو عددًا، أو نصًا، أو null.
error-version-number = يجب أن يكون رقم النسخة عددًا صحيحًا.
error-version-missing = يلزم تحديد النسخة التي حُمِّلت بها الإجابة.
error-upload-interrupted = انقطع رفع الملف: { $detail }
error-file-too-large = يتجاوز حجم الملف الحد الأقصى البالغ { $size } MB.
error-file-empty = الملف فارغ.
error-file-type = لا يُقبل هذا النوع من الملفات: يُرجى رفع ملف PDF أو مستند مكتبي (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt) أو صورة (PNG, JPEG, GIF, WebP) أو ملف نصي أو ملف CSV.
error-evidence-title = يُرجى إعطاء الأدلة الداعمة عنوانًا يتراوح طوله بين 1 و300 حرف.
error-evidence-language = يجب أن تكون اللغة ar أو zh أو en أو fr أو ru أو es أو other.
error-evidence-field-unknown = الحقل «{ $field }» غير معروف: يُرجى استخدام title أو url أو file أو language أو issued_on أو public.
error-date-format = يُرجى كتابة التاريخ بالصيغة YYYY-MM-DD.
error-link-or-file = يُرجى تقديم رابط أو ملف، وليس كليهما.
error-link-or-file-missing = يُرجى تقديم رابط أو اختيار ملف.
error-link-scheme = يجب أن يكون الرابط عنوانًا يبدأ بـ http:// أو https://.
error-token-name = يُرجى إعطاء الرمز اسمًا يتراوح طوله بين 1 و80 حرفًا.
error-email-invalid = النص «{ $email }» ليس عنوان بريد إلكتروني.
error-role-unknown = الدور «{ $role }» غير معروف: يُرجى استخدام admin أو reviewer أو focal-point أو contributor أو observer أو team-staff.
error-country-unknown = الرمز «{ $country }» ليس من رموز ISO 3166-1 alpha-3 الواردة في القائمة الرئيسية.
error-confirm-box = يُرجى وضع علامة في خانة التأكيد لتقديم الرد.
error-framework-not-utf8 = ملف الإطار ليس نصًا بترميز UTF-8.
error-not-accepted = الأسئلة المطروحة التي لم تُقبل بعد في نسختها الحالية ({ $count }): { $questions }
error-deadline-not-date = الموعد النهائي «{ $deadline }» ليس تاريخًا: يُرجى كتابته بالصيغة YYYY-MM-DD.
error-deadline-passed = انقضى الموعد النهائي { $deadline }: يُرجى اختيار تاريخ اليوم ({ $today }) أو تاريخ لاحق.
error-nothing-to-return = لا يوجد أي سؤال يُطلب فيه شيء من الدولة: يُرجى أولًا طلب توضيح بشأن إجابة واحدة على الأقل أو رفضها.
error-decision-unknown = القرار «{ $decision }» غير معروف: يُرجى استخدام accept أو clarify أو reject.
error-comment-required = يلزم إدخال تعليق عند طلب توضيح أو عند الرفض.
error-proposed-only-reject = لا يمكن اقتراح قيمة إلا عند الرفض.
error-reopen-reason = يُرجى ذكر سبب إعادة الفتح: إذ يُحفظ في سجل التدقيق.
error-draft-source = يُرجى ذكر المصدر العام للإجابة المصاغة في التعليق المرفق بها.
error-no-drafts = لا توجد مسودات غير مؤكدة لإرسالها.
error-choose-reviewer = يُرجى اختيار مراجِع.
error-no-pillar = لا توجد ركيزة «{ $pillar }» في هذا الإصدار.
error-desk-policy = السياسة «{ $policy }» غير معروفة: يُرجى استخدام keep-draft أو drop-draft.
error-webhook-url = العنوان «{ $url }» ليس عنوان موقع إلكتروني: يجب أن يبدأ بـ https:// أو http://.
edition-error-id = معرّف الإصدار: يُرجى استخدام ما بين 1 و40 حرفًا من الأحرف اللاتينية الصغيرة والأرقام والشرطات، مثل 2026.
edition-error-name = الاسم: يُرجى إعطاء الإصدار اسمًا.
edition-error-date = { $field ->
    [opens] تاريخ الفتح
   *[other] الموعد النهائي
}: يُرجى كتابة التاريخ بالصيغة YYYY-MM-DD.
edition-error-deadline-order = الموعد النهائي: يجب ألا يسبق تاريخ الفتح.
edition-error-country = الدول: الرمز «{ $country }» ليس من رموز ISO 3166-1 alpha-3 الواردة في القائمة الرئيسية.
edition-error-framework-missing = الإطار: يُرجى اختيار أحد الأطر المتاحة في البرنامج أو رفع إطار.
edition-error-framework = الإطار: يحتوي { $name } على أخطاء ({ $count })، ولم يُنشأ أي شيء.
edition-error-carry-forward = نقل الإجابات: لا يوجد إصدار «{ $edition }».
store-unsupported-url = عنوان URL لقاعدة البيانات «{ $scheme }» غير مدعوم: استخدم sqlite://PATH أو postgres://USER@HOST/DATABASE.
store-in-memory = قاعدة البيانات المخزَّنة في الذاكرة غير مدعومة: يُرجى تحديد ملف، مثل sqlite://cyberindex.db.
store-role-needs-country = يتطلب الدور «{ $role }» تحديد دولة.
store-role-has-no-country = لا يرتبط الدور «{ $role }» بأي دولة.
store-duplicate-account = يوجد بالفعل حساب مرتبط بالعنوان { $email }.
store-duplicate-edition = الإصدار «{ $id }» موجود بالفعل.
store-question-closed = لا يتطلب السؤال { $question } أي إجراء في جولة المراجعة هذه: فلا يمكن تغيير إلا الأسئلة التي طرحها المراجعون.
store-comment-required = يلزم إدخال تعليق للقرار «{ $decision }».
store-already-confirmed = الإجابة عن السؤال { $question } مؤكدة بالفعل.
store-assign-role = لا يمكن الإسناد إلا إلى المراجعين ومسؤولي الأمانة.
error-edition-invalid = لم يُنشأ الإصدار:
    { $detail }

## Publishing and the public results site
publish-title = النشر
publish-intro = يؤدي النشر إلى تثبيت الإطار والإجابات المعتمدة ودرجاتها في نسخة مرقّمة يمكن لأي شخص الاطلاع عليها. ويُنشر أي تصحيح في نسخة جديدة مصحوبة بملاحظة تبيّن التغيير، وتظل النسخ السابقة متاحة للاطلاع.
publish-validated = { $count ->
    [zero] لا توجد ردود معتمدة
    [one] رد واحد معتمد
    [two] ردّان معتمدان
    [few] { $count } ردود معتمدة
    [many] { $count } ردًا معتمدًا
   *[other] { $count } رد معتمد
}
publish-licence = ترخيص البيانات المنشورة
publish-change-note = ما الذي تغيّر
publish-change-note-first = اختيارية للنسخة الأولى.
publish-change-note-required = مطلوبة: يُرجى بيان ما يغيّره هذا التصحيح.
publish-submit = نشر نسخة جديدة
publish-versions = النسخ المنشورة
publish-none = لم يُنشر أي شيء بعد.
publish-published = تاريخ النشر
error-licence-required = يُرجى تحديد الترخيص الذي تُنشر البيانات بموجبه.
error-publish-text-too-long = نص الترخيص أو ملاحظة التغيير طويل جدًا.
error-change-note-required = يجب أن تُرفق بالتصحيح ملاحظة تبيّن ما الذي تغيّر.
error-nothing-to-publish = لا يتضمن الإصدار { $edition } أي رد معتمد للنشر.
error-publish-unreadable = تعذّرت إعادة قراءة الإجابات المعتمدة: { $detail }
public-nav-results = النتائج
public-edition-nav = صفحات الإصدار
public-nav-overview = نظرة عامة
public-nav-ranking = الترتيب
public-nav-compare = المقارنة
public-nav-methodology = المنهجية
public-nav-data = البيانات المفتوحة
public-version-of = النسخة { $version } من { $latest }
public-published-on = نُشرت في { $date }
public-older-version = هذه نسخة سابقة من النتائج.
public-see-latest = الاطلاع على أحدث نسخة.
public-change-note = ملاحظة التغيير:
public-index-title = النتائج المنشورة
public-nothing-published = لم تُنشر أي نتائج بعد.
public-version = النسخة { $version }
public-version-label = النسخة
public-earlier-versions = النسخ السابقة:
public-count-countries = { $count ->
    [zero] لا توجد دول
    [one] دولة واحدة
    [two] دولتان
    [few] { $count } دول
    [many] { $count } دولة
   *[other] { $count } دولة
}
public-overview-title = نظرة عامة
public-countries-published = الدول الحاصلة على درجات
public-global-average = المتوسط العالمي
public-map-tier-title = الخريطة حسب الفئة
public-map-score-title = الخريطة حسب الدرجة
public-map-show-score = عرض الخريطة حسب الدرجة
public-map-show-tier = عرض الخريطة حسب الفئة
public-map-desc = خريطة للعالم، وكل دولة حاصلة على درجة فيها رابط يؤدي إلى ملفها التعريفي. وترد البيانات نفسها في الجدول الوارد أسفل الخريطة.
public-map-country = { $country }: { $score }، { $tier }
public-map-table = الخريطة في شكل جدول
public-legend = مفتاح الخريطة
public-legend-score = { $band } من الدرجة القصوى
public-legend-none = لم تحصل على درجة في هذا الإصدار
public-tier-distribution = عدد الدول في كل فئة
public-averages = المتوسطات
public-by-itu-region = حسب منطقة الاتحاد الدولي للاتصالات
public-by-m49-region = حسب منطقة تصنيف M49 للأمم المتحدة
public-by-group = حسب المجموعة
public-col-rank = المرتبة
public-col-country = الدولة
public-col-score = الدرجة
public-col-tier = الفئة
public-col-countries = عدد الدول
public-col-group = المجموعة
public-col-average = متوسط الدرجة
public-col-itu-region = منطقة الاتحاد الدولي للاتصالات
public-col-m49-region = منطقة تصنيف M49 للأمم المتحدة
public-col-pillar = الركيزة
public-col-region-average = متوسط المنطقة
public-col-max = الحد الأقصى
public-col-indicator = المؤشر
public-col-missing = دون إجابة
public-col-edition = الإصدار
public-col-threshold = أدنى درجة
public-col-item = البند
public-col-weight = الوزن
public-col-scoring = طريقة احتساب الدرجة
public-col-file = الملف
public-col-content = المحتوى
public-ranking-title = الترتيب
public-ranking-caption = الدول حسب المرتبة، مع درجاتها الإجمالية ودرجاتها في كل ركيزة
public-filter-region = منطقة الاتحاد الدولي للاتصالات
public-filter-group = المجموعة
public-filter-all = الكل
public-filter-apply = تصفية
public-shown-countries = { $count ->
    [zero] لا توجد دول معروضة
    [one] دولة واحدة معروضة
    [two] دولتان معروضتان
    [few] { $count } دول معروضة
    [many] { $count } دولة معروضة
   *[other] { $count } دولة معروضة
}
public-shown-countries-js = الدول المعروضة: {"{"}count{"}"}
public-overall-score = الدرجة الإجمالية
public-answered = المُجاب عنها
public-missing-answers = { $count ->
    [zero] لا توجد أسئلة دون إجابة
    [one] سؤال واحد دون إجابة
    [two] سؤالان دون إجابة
    [few] { $count } أسئلة دون إجابة
    [many] { $count } سؤالًا دون إجابة
   *[other] { $count } سؤال دون إجابة
}
public-rank-of = { $rank } من أصل { $count }
public-pillar-scores = الدرجات حسب الركيزة
public-pillar-chart = درجات { $country } حسب الركيزة
public-radar-chart = { $country } مقارنةً بمنطقتها وبالعالم، كنسبة من الحد الأقصى لكل ركيزة
public-pillar-table = الدرجات حسب الركيزة مع المتوسطين الإقليمي والعالمي
public-region-average = متوسط { $region }
public-world-average = المتوسط العالمي
public-areas = مجالات القوة النسبية ومجالات النمو المحتمل
public-areas-hint = المؤشرات التي تبتعد فيها النسبة التي حققتها الدولة من الحد الأقصى عن المتوسط العالمي صعودًا أو نزولًا بأكبر فارق (بأكثر من 5 نقاط).
public-strengths = مجالات القوة النسبية
public-growth = مجالات النمو المحتمل
public-none = لا يبرز أي مؤشر.
public-recommendations = التوصيات
public-recommendations-hint = التدابير غير المطبقة (تطبيقًا كاملًا)، مرتبةً حسب مقدار ما ستزيده الدرجة الإجمالية عند تطبيق كل منها تطبيقًا كاملًا مع بقاء العوامل الأخرى على حالها. ولكل تدبير ما يصل إلى ثلاثة بلدان طبّقته: من المنطقة نفسها أولًا، ثم من الفئة الأعلى التالية، وتُقدَّم البلدان التي نشرت أدلة عليه.
public-no-recommendations = جميع التدابير المحتسبة في الدرجة مطبقة.
public-recommendation-points = النقاط الحالية: { $points } من أصل { $max }
public-recommendation-gain = سيضيف إلى الدرجة الإجمالية: { $gain }
public-recommendation-measure = السؤال المقابل:
public-peers = دول يمكن الاستفادة من تجاربها:
public-peer-same-region = المنطقة نفسها
public-peer-next-tier = الفئة التالية
public-indicators = الدرجات حسب المؤشر
public-evidence = الأدلة الداعمة العلنية
public-no-evidence = لم تُتِح الدولة للعموم أي أدلة داعمة.
public-history = التطور عبر الإصدارات
public-compare-with = المقارنة مع دول أخرى
public-compare-title = مقارنة الدول
public-compare-submit = مقارنة
public-compare-empty = يُرجى اختيار دول أعلاه لمقارنتها.
public-compare-caption = الدول المختارة جنبًا إلى جنب
public-methodology-title = المنهجية
public-framework = الإطار
public-out-of = من أصل { $max }
public-missing-policy = الإجابات الناقصة
public-missing-zero = يحصل السؤال المطروح الذي لم تتم الإجابة عنه على 0 نقطة، ويُشار إليه على أنه ناقص.
public-missing-exclude = يُستبعد السؤال المطروح الذي لم تتم الإجابة عنه من الحساب، ويُشار إليه على أنه ناقص.
public-rounding = التقريب
public-rounding-text = تُحدَّد الفئات والمراتب على أساس الدرجة الإجمالية مقرّبةً إلى الدقة المعروضة، وتتقاسم الدول التي تتساوى درجاتها المقرّبة المرتبة نفسها.
public-tiers = الفئات
public-structure = الركائز والمؤشرات والأسئلة
public-rule-weighted-sum = مجموع مرجّح للنقاط، محوَّل إلى مقياس الحد الأقصى
public-rule-weighted-mean = متوسط مرجّح للنسب التي حققتها الأجزاء، محوَّل إلى مقياس الحد الأقصى
public-rule-maturity-gated = مستويات النضج: يُحتسب المستوى متى بلغ كل جزء حتى ذلك المستوى نسبة { $share } %
public-rule-goalposts = خطية من { $low } (دون نقاط) إلى { $high } (جميع النقاط)
public-not-scored = لا يُحتسب في الدرجة
public-data-title = البيانات المفتوحة
public-data-intro = تتضمن جميع الملفات الأرقام المنشورة نفسها، ويذكر كل منها الإصدار ونسخة الإطار ونسخة النشر والترخيص والاصطلاح المتبع في تمثيل القيم الناقصة.
public-licence = الترخيص
public-missing-heading = القيم الناقصة
public-missing-values = القيمة غير الموجودة تكون null في JSON وParquet، وخلية فارغة في CSV وXLSX. ولا تُكتب أبدًا على أنها 0.
public-reproduce = إعادة إنتاج الدرجات
public-reproduce-text = يمكن الحصول على الدرجات نفسها من الإجابات المنشورة والإطار المنشور باستخدام سطر أوامر cyberindex:
data-file-json = وثيقة النتائج: الدرجات الإجمالية ودرجات العُقد والأسئلة لكل دولة (المخطط cyberindex/results/1).
data-file-scores-csv = صف واحد لكل دولة، وعمود واحد لكل ركيزة ومؤشر ومؤشر فرعي.
data-file-questions-csv = صف واحد لكل دولة وسؤال: القيمة والنقاط والمساهمة.
data-file-xlsx = مصنف يتضمن ورقة للبيانات الوصفية وورقة لكل مستوى من مستويات الهيكل.
data-file-scores-parquet = الدرجات حسب الدولة ومستوى الهيكل، بصيغة Parquet.
data-file-questions-parquet = الدرجات حسب الدولة والسؤال، بصيغة Parquet.
data-file-answers = الإجابات المعتمدة وفق بنية ملف الإجابات.
data-file-framework = ملف الإطار الذي حُسبت الدرجات على أساسه.
data-file-schema = مخطط JSON Schema للملف results.json.
region-africa = أفريقيا
region-americas = الأمريكتان
region-arab-states = الدول العربية
region-asia-pacific = آسيا والمحيط الهادئ
region-cis = كومنولث الدول المستقلة
region-europe = أوروبا
region-asia = آسيا
region-oceania = أوقيانوسيا
region-ldc = أقل البلدان نموا
region-sids = الدول الجزرية الصغيرة النامية
region-lldc = البلدان النامية غير الساحلية

## Robustness (methodology lab)
public-nav-robustness = المتانة
robustness-title = المتانة
robustness-intro = مدى اعتماد المراتب والفئات على الافتراضات المنهجية التي تقوم عليها: فقد جرى تغيير كل افتراض من الافتراضات الواردة أدناه في آلاف من عمليات إعادة حساب المؤشر انطلاقًا من الإجابات نفسها.
robustness-secretariat-intro = قبل النشر: مدى متانة مراتب الردود المعتمدة وفئاتها إزاء الافتراضات المحددة في مواصفات عدم اليقين الخاصة بالإطار، ومدى الاتساق الإحصائي للإجابات.
robustness-too-few = يلزم وجود ردّين معتمدين على الأقل.
robustness-failed = تعذّر حساب تحليل المتانة:
robustness-verdict = تقع نسبة { $share } % من الدول على بُعد 3 مراتب على الأكثر من مرتبتها الوسيطة، وتتحرك مرتبة الدولة في المتوسط بمقدار { $shift } مرتبة.
robustness-settings = عدد عمليات محاكاة مونت كارلو: { $runs }، وعدد العينات الأساسية لتحليل الحساسية: { $samples }، والبذرة العشوائية: { $seed }.
robustness-assumptions = الافتراضات التي جرى تغييرها
robustness-intervals-title = فترات المراتب
robustness-intervals-hint = لكل بلد، يمتد الخط على المراتب التي حصل عليها في 90 % من عمليات إعادة الحساب (من المئين الخامس إلى المئين 95)؛ والدائرة هي المرتبة الوسيطة والمعيّن هو المرتبة المنشورة. المرتبة 1 على اليسار.
robustness-table = فترات المراتب واحتمالات الفئات في شكل جدول
robustness-col-nominal = المرتبة المنشورة
robustness-col-median = المرتبة الوسيطة
robustness-col-interval = المئين 5–95
robustness-sensitivity-title = حساسية المراتب لكل افتراض
robustness-sensitivity-hint = نسبة تغيّر المراتب التي يفسّرها كل افتراض: منفردًا، ومع الافتراضات الأخرى التي يتفاعل معها (0 = لا شيء، 1 = كل التغيّر)، مع فترات ثقة 95 %.
robustness-first-order = الأثر المنفرد
robustness-total = الأثر مع التفاعلات
robustness-col-assumption = الافتراض
robustness-col-converged = التقارب
robustness-yes = نعم
robustness-wide = فترة واسعة
robustness-not-converged = بعض الفترات واسعة: ومن شأن زيادة عدد العينات أن تضيّقها.
robustness-no-sensitivity = لم يُجرَ أي تحليل للحساسية.
robustness-checks = الاتساق الإحصائي
robustness-availability = توافر البيانات
robustness-availability-ok = يتوافر لكل سؤال ولكل دولة ما لا يقل عن 65 % من قيمه.
robustness-low-questions = أسئلة أجابت عنها أقل من 65 % من الدول:
robustness-low-countries = دول أجابت عن أقل من 65 % من الأسئلة:
robustness-skew = أسئلة ذات توزيع ملتوٍ (|الالتواء| > 2 والتفرطح > 3.5)
robustness-collinear = أجزاء متداخلة خطيًا (r > 0.92)
robustness-consistency = الاتساق الداخلي
robustness-col-level = مستوى الهيكل
robustness-col-children = الأجزاء
robustness-col-alpha = ألفا كرونباخ
robustness-col-pc1 = المكوّن الرئيسي الأول (% من التباين)
robustness-effects = الآثار الرئيسية على المؤشر مقارنةً بالأوزان الاسمية
robustness-col-weight-share = الوزن (% من الركائز)
robustness-col-effect-share = الأثر الرئيسي (% من الركائز)
robustness-col-r2 = r² مع المؤشر

# Hardening: archived editions, outbox, webhooks (issue 11, store and server limits)
error-locked-archived = الإصدار { $edition } مؤرشف ولم يعد من الممكن تغييره.
error-webhook-destination = لا يمكن إرسال خطافات الويب إلى { $host }: فهو عنوان استرجاع محلي أو خاص أو محلي للرابط أو عنوان بيانات وصفية سحابية. يمكن للمسؤول السماح به باستخدام مفتاح الإعداد webhook_allowed_hosts.
outbox-links-removed = لا تُحفظ هنا أبدًا الروابط ذات الاستخدام الواحد (الدعوات وإعادة تعيين كلمات المرور). يُعرض رابط الدعوة مرة واحدة للمسؤول الذي ينشئه، ولا يصل رابط إعادة التعيين إلى صاحبه إلا بالبريد الإلكتروني.

# Hardening: sign-in, second factor and account changes (issue 11)
reset-done-tokens-revoked = تم تعيين كلمة المرور الجديدة. حفاظًا على أمانك، أُنهيت جميع جلسات الدخول الأخرى وأُلغيت جميع رموز واجهة البرمجة (API) الخاصة بحسابك: أنشئ رموزًا جديدة من صفحة حسابك إذا احتاجت إليها البرامج النصية.
totp-session-ended = عدد كبير جدًا من الرموز الخاطئة: انتهت عملية تسجيل الدخول هذه. أدخل كلمة المرور مرة أخرى، ثم الرمز الذي يعرضه تطبيقك الآن.
error-session-only = لا يمكن إجراء هذا التغيير إلا من جلسة مفتوحة في متصفح، وليس باستخدام رمز واجهة البرمجة (API).
account-password-wrong = هذه ليست كلمة المرور الحالية. أدخلها مرة أخرى لتأكيد هذا التغيير.
field-current-password = كلمة المرور الحالية
account-password-title = كلمة المرور
account-password-intro = يؤدي تغيير كلمة المرور إلى إنهاء جلسات الدخول الأخرى وإلغاء أي رابط لإعادة التعيين أو للدعوة أُرسل إليك. تظل رموز واجهة البرمجة (API) الخاصة بك صالحة.
account-password-submit = تغيير كلمة المرور

# الأدلة والملفات المرفوعة وحفظ الإجابات (تعزيز الأمان: البيانات)
error-value-too-long = هذه الإجابة طويلة جدًا: { $length } حرفًا، بينما يقبل هذا السؤال { $max } حرفًا على الأكثر. اختصرها، أو أرفق النص الكامل كدليل.
error-file-markup = رُفض هذا الملف: يبدو مستندًا أو صورة، لكنه يحتوي في الكيلوبايت الأول منه على ترميز صفحات ويب (HTML أو SVG أو نص برمجي). احفظه من جديد من البرنامج الذي أنشأه، أو ارفعه بصيغة PDF.
error-evidence-one-file = أرسل ملفًا واحدًا لكل دليل: احتوى هذا النموذج على أكثر من ملف.

# Store errors and autosave retries (issue 12)
error-unavailable-text = قاعدة البيانات لا تستجيب حاليًا، لذلك لم يُحفظ شيء. حاول مرة أخرى بعد لحظات.
error-corrupt-text = تعذّرت قراءة بيانات مخزّنة. لم يتغيّر شيء، ويجد المسؤولون التفاصيل في سجل الخادم.
autosave-retrying = لم يُحفظ بعد: تعذّر على الخادم تخزين إجابتك. إنها محفوظة على هذا الجهاز وستُحفظ مجددًا بعد قليل.

## PostgreSQL backend (issue 12)
store-password-file = تعذّرت قراءة ملف كلمة مرور قاعدة البيانات { $path } (المحدد في CYBERINDEX_DB_PASSWORD_FILE): { $error }. تحقّق من وجود الملف ومن أن الحساب الذي يشغّل cyberindex يستطيع قراءته.

## db copy (issue 12)
db-copy-target-not-empty = قاعدة البيانات الهدف ليست فارغة: جدولها { $table } يحتوي على { $rows } صفًا. لا يكتب db copy إلا في قاعدة بيانات فارغة: أنشئ قاعدة جديدة (ملف SQLite جديدًا، أو CREATE DATABASE على PostgreSQL) وانسخ إليها. لم يُكتب أي شيء.
db-copy-unknown-table = تحتوي قاعدة البيانات على جدول، { $table }، لا يعرفه db copy، لذا لا يمكنه نسخ التثبيت كاملًا. لم يُكتب أي شيء. يُرجَّح أن إصدارًا أحدث من cyberindex أنشأه: شغّل db copy بذلك الإصدار.
db-copy-columns = يحتوي الجدول { $table } على الأعمدة { $found }، لكن db copy يعرف الأعمدة { $expected }، لذا لا يمكنه نسخ التثبيت كاملًا. لم يُكتب أي شيء.

# ops: request ids
error-reference = المرجع للدعم: { $id }. اذكره إذا تواصلت مع الأمانة بشأن هذه المشكلة.

# admin safety (issue 14 item 8)
users-state = الحالة
users-state-active = نشط
users-state-invited = مدعو، لم يقبل الدعوة بعد
users-state-deactivated = معطَّل
users-back = جميع المستخدمين
users-edit-title = المستخدم { $email }
users-edit-access = الدور والبلدان
users-edit-save = حفظ التغييرات
users-edit-saved = حُفظت التغييرات. وهي تسري فورًا، بما في ذلك على جلسات المستخدم المفتوحة.
users-reinvite-heading = الدعوة
users-reinvite-help = يعمل رابط الدعوة الجديد مرة واحدة؛ ويتوقف أي رابط سابق عن العمل فورًا.
users-reinvite = إرسال دعوة جديدة
users-reinvited = أُنشئت دعوة جديدة. أُرسل الرابط أدناه بالبريد الإلكتروني (أو هو في صندوق الصادر)؛ ولم يعد الرابط السابق يعمل.
users-deactivate-heading = الوصول
users-deactivate-help = يؤدي التعطيل إلى إنهاء جلسات المستخدم ورموز واجهة البرمجة الخاصة به فورًا. وتُحفظ إجاباته وقراراته وقيوده في سجل التدقيق.
users-deactivate = تعطيل هذا المستخدم
users-deactivated = عُطِّل المستخدم: انتهت جلساته ورموز واجهة البرمجة الخاصة به.
users-reactivate-help = هذا المستخدم معطَّل. تتيح له إعادة التفعيل تسجيل الدخول من جديد؛ وتبقى جلساته ورموزه القديمة منتهية.
users-reactivate = إعادة تفعيل هذا المستخدم
users-reactivated = أُعيد تفعيل المستخدم. يمكنه تسجيل الدخول من جديد أو طلب إعادة تعيين كلمة المرور.
users-error-last-admin = لن يبقى أي مسؤول نشط: اجعل مستخدمًا آخر مسؤولًا أولًا.
users-error-inactive = الحساب معطَّل: أعد تفعيله أولًا.
editions-unarchive = إلغاء الأرشفة
archive-confirm-title = أرشفة { $edition }؟
archive-confirm-text = الإصدار المؤرشف مغلق: لا يمكن بعد الآن تغيير أي إجابة أو دليل أو قرار أو رسالة فيه، ولا يمكن للبلدان إلا الاطلاع عليه. وتبقى منشوراته متاحة على الإنترنت. ويمكنك إلغاء أرشفته لاحقًا.
archive-confirm-submit = أرشفة { $edition }
archive-cancel = إلغاء والعودة إلى الإصدارات
publish-preview = معاينة النتائج المزمع نشرها
publish-preview-first = ستكون هذه أول نسخة منشورة. جميع البلدان أدناه جديدة.
publish-preview-compared = مقارنةً بالنسخة المنشورة { $version }: عدد التغييرات { $count }، وهي مبيَّنة بخط عريض.
publish-preview-change = التغيير عن النسخة السابقة
publish-preview-new = جديد في هذه النسخة
publish-preview-same = دون تغيير
publish-preview-moved = الدرجة { $from_score } ← { $to_score }، الترتيب { $from_rank } ← { $to_rank }
publish-preview-removed = البلدان المحذوفة من هذه النسخة
publish-confirm = تأكيد هذه النتائج ونشرها

# review at scale and honest rounds (issue 14)
round-message = رسالة من المراجعين
round-asked = الأسئلة التي استفسر عنها المراجعون: { $count }
round-open = الأسئلة التي لم يُبتّ فيها أو لم يُجَب عنها بعد، والتي لا يزال بإمكانك تعديلها: { $count }
round-frozen = الإجابات المقبولة، التي تبقى على حالها: { $count }
round-asked-title = الأسئلة التي استفسر عنها المراجعون
notify-reviewers-wrote = كتب المراجعون:
sendback-preview = إذا أعدت الرد، فسيتمكن البلد من تعديل:
sendback-asked = الأسئلة التي استفسرت عنها: { $count }
sendback-undecided = الأسئلة المُجاب عنها دون قرار: { $count }
sendback-unanswered = الأسئلة التي لم يُجَب عنها بعد: { $count }
sendback-frozen = تبقى الإجابات المقبولة مجمّدة: { $count }.
sendback-warn-undecided = لم يُتَّخذ بعدُ قرار بشأن { $count } من الأسئلة. يمكن للبلد تعديلها، وستراجعها في الجولة التالية.
review-guidance = إرشادات
review-evidence-expected = الأدلة المتوقعة
review-undecided-tag = لم يُتَّخذ قرار بعد
review-show-undecided = دون قرار
review-show-missing = أدلة ناقصة
review-show-thread = مع مناقشة
review-bulk-title = القبول دفعة واحدة
review-bulk-explained = لكل إجابة تُقبل دفعة واحدة قيدها الخاص في سجل التدقيق.
review-bulk-evidenced = قبول الأسئلة المُجاب عنها المرفقة بأدلتها ({ $count })
review-bulk-unchanged = قبول الإجابات التي لم تتغير منذ آخر قبول لها ({ $count })
review-bulk-pillar = قبول أسئلة هذه الركيزة المُجاب عنها المرفقة بأدلتها ({ $count })
review-bulk-done = الإجابات المقبولة: { $count }.
review-bulk-none = لم يبقَ هنا ما يُقبل دفعة واحدة.
review-bulk-unknown = قرار جماعي غير معروف «{ $kind }»: اختر «evidenced» أو «unchanged».
review-keys-title = اختصارات لوحة المفاتيح
review-keys = a: قبول · c: طلب توضيح · r: رفض · j: السؤال التالي · k: السؤال السابق
review-saving = جارٍ الحفظ…
review-saved = حُفظ القرار: { $decision }
review-save-failed = لم يُحفظ القرار. تحقق من اتصالك وحاول مرة أخرى.
review-proposed-none = لا توجد قيمة مقترحة
review-next = السؤال التالي
queue-open = الأسئلة المفتوحة
queue-waiting = في الانتظار منذ
queue-days = { $days ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
   *[other] { $days } يومًا
}
nav-unread = غير مقروءة
submit-done-title = قُدِّم ردك
submit-done-next = ما الذي سيحدث بعد ذلك: تراجع الأمانة كل إجابة مع أدلتها. ستتلقى إشعارًا بالبريد الإلكتروني وفي الإشعارات إذا استفسر أحد المراجعين عن سؤال أو أعاد إليك الرد، وعندئذٍ يمكنك تنقيح ما يُطلب منك. وحتى ذلك الحين يكون الرد للقراءة فقط، ويمكنك متابعة حالته في هذه الصفحة.
index-title = الأسئلة
index-next-unanswered = السؤال التالي غير المُجاب عنه
index-next-missing = السؤال التالي الذي تنقصه أدلة
index-show-all = عرض الاستبيان كاملًا
index-filter = عرض
index-filter-all = كل الأسئلة
index-filter-unanswered = غير مُجاب عنها
index-filter-missing = أدلة ناقصة
index-filter-thread = مع مناقشة
index-open-pillar = فتح هذه الركيزة
index-pages = الركائز
index-previous = السابق
index-next = التالي
index-done = مُجاب عنه
index-todo = غير مُجاب عنه
index-missing = أدلة ناقصة
index-action = يستفسر عنه المراجعون
autosave-saved-at = حُفظ في { $time }
autosave-saved-one = حُفظ.
evidence-preview = معاينة
opens-new-tab = (يُفتح في علامة تبويب جديدة)
page-saved = { $count ->
    [0] جميع الإجابات في هذه الصفحة محفوظة؛ لم يتغير أي منها.
    [one] حُفظ: تغيرت إجابة واحدة.
   *[other] حُفظ: عدد الإجابات التي تغيرت { $count }.
}
page-save-conflict = { $changed } إجابتك محفوظة هنا كما كتبتها: احفظ مرة أخرى لتحل محل التغيير الآخر.
page-save-refused = لم يُحفظ شيء. صحّح الإجابات أدناه ثم احفظ مرة أخرى:
page-save-partly = حُفظت الإجابات الأخرى، ولكن ليس هذه:
review-tab-undecided = دون قرار: { $count }

# country search
public-search-label = ابحث عن بلد
public-search-button = بحث
public-search-title = البلدان
public-search-hint = اسم بأي من لغات الأمم المتحدة الرسمية الست، أو رمز ISO مثل KE أو KEN.
public-search-options = البلدان المطابقة
public-search-none = لا يوجد بلد في هذه الطبعة يطابق «{ $query }».
public-search-count = { $count ->
    [zero] لا يوجد بلد يطابق «{ $query }».
    [one] بلد واحد يطابق «{ $query }».
    [two] بلدان اثنان يطابقان «{ $query }».
    [few] { $count } بلدان تطابق «{ $query }».
    [many] { $count } بلدًا يطابق «{ $query }».
   *[other] { $count } بلد يطابق «{ $query }».
}
public-search-all = { $count ->
    [zero] لا توجد بلدان في هذه الطبعة.
    [one] البلد الوحيد في هذه الطبعة.
    [two] بلدا هذه الطبعة.
    [few] بلدان هذه الطبعة الـ { $count }، مرتبة حسب الاسم.
    [many] بلدان هذه الطبعة الـ { $count }، مرتبة حسب الاسم.
   *[other] بلدان هذه الطبعة الـ { $count }، مرتبة حسب الاسم.
}
public-search-none-js = لا يوجد بلد مطابق.
public-search-count-js = البلدان المطابقة: {"{"}count{"}"}. استخدم مفاتيح الأسهم لاختيار أحدها.
public-map-skip = تخطَّ الخريطة
public-map-keys = على الخريطة، ينقلك مفتاح Tab إلى بلد واحد، ثم تنقلك مفاتيح الأسهم إلى أقرب بلد في ذلك الاتجاه، ويفتح مفتاح Enter صفحته. وترد جميع البلدان أيضًا في الجدول أسفل الخريطة.
public-compare-chosen = البلدان المقارنة:
public-compare-remove = إزالة { $country }
public-compare-add = أضف بلدًا (حتى { $count })
public-compare-add-button = إضافة
public-compare-pick = اختر واحدًا:
public-compare-full = يمكن مقارنة { $count } بلدان على الأكثر؛ أزل أحدها أولًا.
public-compare-unknown = استُبعدت لأنها ليست من بلدان هذه الطبعة: { $codes }.
public-compare-chart = درجات الركائز جنبًا إلى جنب
public-compare-indicators = جميع الركائز والمؤشرات
public-compare-diff-hint = بعد كل درجة: الفرق عن { $country } (+ أعلى، − أدنى، = مساوٍ).
public-compare-share = يتضمن عنوان هذه الصفحة البلدان المقارنة: انسخه لمشاركة هذه المقارنة.
home-latest = أحدث النتائج:
home-open-results = افتح النتائج كاملة: الخريطة والترتيب والملفات القُطرية والبيانات
home-map-keys = على الخريطة، ينقلك مفتاح Tab إلى بلد واحد، ثم تنقلك مفاتيح الأسهم إلى أقرب بلد في ذلك الاتجاه، ويفتح مفتاح Enter صفحته.
public-certainty-heading = ما مدى ثبات هذه المرتبة وهذه الفئة؟
public-certainty-rank = المرتبة { $rank }. وعند تغيير الافتراضات التي يقوم عليها المؤشر (الأوزان، وطريقة معالجة الإجابات الناقصة، وطريقة تجميع الدرجات)، تقع المرتبة بين { $low } و{ $high } في 90 % من عمليات إعادة الحساب.
public-certainty-rank-fixed = المرتبة { $rank }، وتبقى كذلك في 90 % من عمليات إعادة حساب المؤشر بافتراضات أخرى (الأوزان، والإجابات الناقصة، والتجميع).
public-certainty-tiers = احتمال كل فئة عبر عمليات إعادة الحساب: { $tiers }.
public-certainty-more = كيف تتغير مراتب البلدان القريبة
robustness-near = البلدان القريبة في الترتيب من
robustness-show = عرض
robustness-show-near = عرض البلدان القريبة من البلد المختار فقط
robustness-show-all = عرض جميع البلدان ({ $count })
robustness-level-question = السؤال
robustness-level-sub-indicator = المؤشر الفرعي
robustness-level-indicator = المؤشر
robustness-level-pillar = الركيزة
robustness-level-index = الإجمالي
robustness-plain-weights = الأوزان ({ $level })، كل منها أعلى أو أدنى بما يصل إلى { $noise } %
robustness-plain-aggregation = طريقة تجميع الدرجات (المستوى: { $level }): { $options }
robustness-plain-normalisation = مقدار احتساب السؤال المستوفى جزئيًا ({ $count } طرق)
robustness-plain-imputation = الأسئلة غير المجاب عنها: { $options }
robustness-plain-exclude = استبعاد سؤال واحد من { $count } أسئلة، أو لا شيء
robustness-plain-tiers = حدود الفئات كما نُشرت، أو { $count } مجموعات أخرى
robustness-agg-arithmetic = الجمع
robustness-agg-geometric = المتوسط الهندسي (يكافئ التوازن)
robustness-agg-harmonic = المتوسط التوافقي
robustness-agg-power = متوسط القوة
robustness-imp-none = تُستبعد
robustness-imp-zero = تُحتسب صفرًا
robustness-imp-mean = متوسط جميع البلدان
robustness-imp-median = وسيط جميع البلدان
robustness-imp-group-mean = متوسط منطقة البلد
robustness-imp-group-median = وسيط منطقة البلد
# edition names per language
edition-names-legend = الاسم بلغات أخرى
edition-names-help = اختياري. تعرض صفحات النتائج الاسم بلغة القارئ، وتعرض الاسم الوارد أعلاه في كل لغة ليس لها اسم خاص بها.
edition-field-name-in = { $lang ->
    [ar] الاسم بالعربية
    [zh] الاسم بالصينية
    [en] الاسم بالإنجليزية
    [fr] الاسم بالفرنسية
    [ru] الاسم بالروسية
    [es] الاسم بالإسبانية
   *[other] الاسم باللغة { $lang }
}
edition-error-name-long = الاسم: يجب ألا يتجاوز 200 حرف.
edition-error-name-language = الأسماء: «{ $lang }» ليس رمز لغة؛ يُرجى استخدام ar أو zh أو en أو fr أو ru أو es.
edition-error-name-in-long = { $lang ->
    [ar] الاسم بالعربية
    [zh] الاسم بالصينية
    [en] الاسم بالإنجليزية
    [fr] الاسم بالفرنسية
    [ru] الاسم بالروسية
    [es] الاسم بالإسبانية
   *[other] الاسم باللغة { $lang }
}: يجب ألا يتجاوز 200 حرف.
edition-error-name-in-control = { $lang ->
    [ar] الاسم بالعربية
    [zh] الاسم بالصينية
    [en] الاسم بالإنجليزية
    [fr] الاسم بالفرنسية
    [ru] الاسم بالروسية
    [es] الاسم بالإسبانية
   *[other] الاسم باللغة { $lang }
}: يُرجى حذف فواصل الأسطر وعلامات الجدولة وسائر أحرف التحكم.
chart-download = تنزيل:
chart-link = رابط هذا الرسم البياني
chart-embed = تضمين
chart-embed-label = الرمز اللازم لعرض هذا الرسم البياني في موقع آخر:
chart-data = الأرقام (CSV)

# profile PDF
report-profile-download = تنزيل هذا الملف التعريفي بصيغة PDF
report-profile-title = { $country }: الملف التعريفي للبلد
report-method-heading = كيف يُبنى المؤشر
report-method-note = تستند الدرجات إلى الإجابات التي قدّمها البلد وصادقت عليها الأمانة؛ ولا تُحتسب إلا الإجابات المقبولة. تجمع درجة كل ركيزة مؤشراتها وفق أوزان الإطار وقواعده، وتجمع الدرجة الإجمالية الركائز. تُحدَّد المستويات وفق الدرجة الإجمالية مقرّبة إلى دقة الإطار؛ وتتقاسم البلدان ذات الدرجات المتساوية المرتبة نفسها. تقارن نقاط القوة ومجالات النمو المحتمل نسبة ما بلغه البلد من الحد الأقصى في كل مؤشر بالمتوسط العالمي. ومكسب التوصية هو ما ستكسبه الدرجة الإجمالية لو طُبّق هذا التدبير وحده تطبيقاً كاملاً مع بقاء كل شيء آخر على حاله. وترد المنهجية الكاملة والأوزان والبيانات المفتوحة في صفحتي المنهجية والبيانات الخاصتين بالإصدار.
report-source = { $edition }، الإصدار { $version }، نُشر في { $date }. الترخيص: { $licence }
report-missing-glyphs = محارف لا يتضمنها أي خط في هذا التقرير (تظهر أعلاه مربعات فارغة):
report-edition-title = { $edition }: التقرير
report-edition-download = الإصدار كاملاً في تقرير بصيغة PDF
report-pdf-heading = التقارير بصيغة PDF
report-pdf-intro = يتضمن تقرير الإصدار ملخصاً والخريطة وبلدان كل مستوى والمتوسطات الإقليمية وملحقين عن المنهجية وعن متانة النتائج، والملف التعريفي لكل بلد. ويوجد الملف التعريفي لكل بلد أيضاً في صفحته.
report-summary = ملخص
report-summary-text = عدد البلدان التي قُيّمت في هذا الإصدار: { $count }، ورُتّب منها: { $ranked }. يبلغ المتوسط العالمي للدرجة الإجمالية { $average } من { $max }؛ وعدد البلدان التي بلغت المستوى «{ $tier }»: { $top }.
report-tier-tables = البلدان حسب المستوى
report-annex-method = ملحق: المنهجية
report-annex-robustness = ملحق: مدى ثبات المراتب
report-col-likely-tier = المستوى الأرجح (الاحتمال)
report-profiles = الملفات التعريفية للبلدان

# CIRT directory (issue 16)
nav-directory = الدليل
store-duplicate-team = يوجد فريق بالمعرّف «{ $id }» بالفعل.
store-team-stale = غيّر شخص آخر هذا السجل بعد أن قرأته (أصبح الآن في الإصدار { $version }). اقرأه من جديد ثم أعد إجراء التغيير.
directory-error-record = لم يُحفظ سجل الفريق؛ صحّح هذه الحقول: { $problems }
directory-error-id-mismatch = يجب أن يكون معرّف السجل هو المعرّف الوارد في العنوان: { $id }.
directory-title = دليل فرق الاستجابة للحوادث الحاسوبية
directory-intro = فرق الاستجابة للحوادث حسب البلد: من هي، وكيف يمكن الوصول إليها، بما في ذلك في حالات الطوارئ. ترى الحقول العامة؛ ويرى أعضاء الدليل المزيد بعد تسجيل الدخول. يتولى كل فريق والأمانة تحديث سجله.
directory-search = اسم الفريق
directory-count = { $count ->
    [zero] لا فرق
    [one] فريق واحد
    [two] فريقان
    [few] { $count } فرق
    [many] { $count } فريقًا
   *[other] { $count } فريق
}
directory-files = ملفات مستخرجة من هذا السجل:
directory-staleness = مؤشر التقادم: { $score } من 100
directory-staleness-hint = 0 يعني أن السجل محدّث، و100 أنه متقادم. تُحسب الحدود وفق إعدادات الخادم.
directory-record = السجل
directory-col-field = الحقل
directory-col-value = القيمة
directory-col-visibility = من يمكنه رؤيته
directory-contacts = الأشخاص المسؤولون عن الاتصال
directory-field-official-name = الاسم الرسمي
directory-field-short-name = الاسم المختصر
directory-field-country = البلد
directory-field-host = الجهة المضيفة
directory-field-type = نوع الفريق
directory-field-established = تاريخ الإنشاء
directory-field-language = اللغة
directory-field-hours = ساعات العمل
directory-field-website = الموقع الإلكتروني
directory-field-channel = وسيلة الاتصال
directory-field-key = مفتاح OpenPGP
directory-field-asn = النظام المستقل
directory-field-prefix = بادئة IP
directory-field-domain = النطاق
directory-field-sector = القطاع المخدوم
directory-field-membership = العضوية
directory-key-expires = ينتهي في { $date }
directory-key-no-expiry = بلا تاريخ انتهاء
directory-type-national = فريق وطني
directory-type-government = فريق حكومي
directory-type-sector = فريق قطاعي ({ $sector })
directory-type-sector-any = فريق قطاعي
directory-type-academic = فريق جامعي أو لشبكة بحثية
directory-type-psirt = فريق أمن المنتجات (PSIRT)
directory-type-commercial = فريق تجاري
directory-usage-contact = اتصال
directory-usage-emergency = الطوارئ
directory-usage-abuse = بلاغات إساءة الاستخدام
directory-usage-reports = الإبلاغ عن الحوادث
directory-channel-email = البريد الإلكتروني
directory-channel-phone = الهاتف
directory-channel-fax = الفاكس
directory-channel-url = عنوان ويب
directory-status-listed = مُدرج
directory-status-accredited = معتمد
directory-status-certified = حاصل على شهادة
directory-status-member = عضو
directory-status-applicant = مرشح
directory-status-former = عضو سابق
directory-contact-technical = تقني
directory-contact-policy = للسياسات
directory-contact-diplomatic = دبلوماسي
directory-visibility-public = عام
directory-visibility-members = أعضاء الدليل
directory-visibility-restricted = مقيّد (TLP:AMBER)
directory-source-manual = أُدخل يدويًا
directory-source-csv = مستورد من جدول بيانات
directory-source-first = مستورد من FIRST
directory-source-ti = مستورد من Trusted Introducer
directory-source-rfc2350 = مقروء من RFC 2350
directory-source-security-txt = مقروء من security.txt
directory-download = الدليل كاملًا كما يحق لك رؤيته:

# Reachability checks of the directory
check-mail-subject = فحص إمكانية الاتصال: { $team }
check-mail-intro = هذا فحص لإمكانية الاتصال بـ { $team } من دليل فرق الاستجابة (CIRT) على { $site }.
check-mail-action = يُرجى فتح هذا الرابط والضغط على الزر لتأكيد أن هذا العنوان يصل إلى الفريق:
check-mail-window = يعمل الرابط مرة واحدة. يُرجى الرد في غضون { $hours } ساعة.
check-mail-wrong-person = إذا وصلت هذه الرسالة إلى شخص غير معني، فيُرجى إعادة توجيهها إلى الفريق أو تجاهلها.
check-error-scope = الفحص: «{ $scope }» ليس فريقًا ولا بلدًا ولا منطقة في الدليل.
check-error-window = مهلة الرد: اكتب عددًا صحيحًا من الساعات من 1 إلى { $max }.
check-error-repeat = التكرار: اكتب عددًا صحيحًا من الأيام من 1 إلى { $max }، أو اتركه فارغًا.
check-error-when = البدء: اختر وقتًا من الآن وحتى { $days } يومًا مقبلًا.
check-error-no-channel = الفحص: لا يملك أي فريق في «{ $scope }» عنوان بريد إلكتروني ولا رقم هاتف.
check-error-link-closed = أُغلق رابط الفحص هذا: تبقى الروابط مفتوحة { $days } يومًا بعد إرسالها. يمكن للأمانة إرسال فحص جديد.
check-error-due = البدء: «{ $value }» ليس تاريخًا ووقتًا؛ اكتبه بالصيغة YYYY-MM-DDTHH:MM بالتوقيت العالمي، أو اتركه فارغًا للإرسال الآن.
store-check-started = أُرسل هذا الفحص بالفعل: نتائجه محفوظة ولم يعد من الممكن تغييره.
check-outcome-acknowledged = مؤكَّد
check-outcome-late = مؤكَّد متأخرًا
check-outcome-pending = في انتظار الرد
check-outcome-no-reply = لا رد
check-outcome-bounced = لم يُسلَّم
check-latency-days = { $days } يوم { $hours } ساعة
check-latency-hours = { $hours } ساعة { $minutes } دقيقة
check-latency-minutes = { $minutes } دقيقة
check-scope = مَن يُفحص
check-scope-all = كل الفرق
check-scope-region = فرق منطقة
check-scope-country = فرق بلد
check-scope-team = فريق واحد
check-title = فحوص إمكانية الاتصال
check-explained = يرسل الفحص رسالة إلى كل عنوان بريد إلكتروني للفرق المختارة. تحمل كل رسالة رابطًا يُستخدم مرة واحدة؛ يفتحه الفريق ويضغط زرًا، فيسجّل الدليل الوقت. ولكل رقم هاتف مكالمة تجريها الأمانة وتسجّل نتيجتها هنا. تُعدّ الردود بعد المهلة متأخرة.
check-no-smtp = لم يُضبط خادم بريد: تنتظر الرسائل في صندوق الصادر، ولا يمكن لأحد الرد عليها حتى يُضبط.
check-new = فحص جديد
check-window = مهلة الرد (بالساعات)
check-due = البدء (بالتوقيت العالمي)
check-due-hint = اتركه فارغًا للإرسال الآن.
check-repeat = التكرار كل (أيام)
check-repeat-hint = اتركه فارغًا لفحص واحد.
check-start = جدولة الفحص
check-list = الفحوص
check-download = تنزيل النتائج (CSV)
check-none = لا فحوص بعد.
check-heading = الفحص { $id }
check-state-started = أُرسل في { $when }
check-state-scheduled = مجدول في
check-repeats = يتكرر كل { $days } يومًا
check-median = الوسيط لوقت الرد { $latency }
check-cancel = إلغاء هذا الفحص
check-window-of = مهلة الرد { $hours } ساعة
check-col-team = الفريق
check-col-address = العنوان
check-col-sent = الإرسال
check-col-outcome = النتيجة
check-col-latency = وقت الرد
check-ack-title = أكّد أن هذه الرسالة وصلت إلى فريقك
check-ack-intro = يتحقق دليل فرق الاستجابة من إمكانية الاتصال بـ { $team } على { $address } (أُرسلت الرسالة في { $sent }).
check-ack-button = تأكيد الاستلام
check-ack-recorded = شكرًا: تم التأكيد بعد { $latency } من إرسال الرسالة. يمكنك إغلاق هذه الصفحة.
check-ack-already = سبق تأكيد هذه الرسالة بعد { $latency } من إرسالها. لا حاجة إلى شيء آخر.
check-history = فحوص إمكانية الاتصال
check-never = لم يُفحص هذا الفريق بعد.
directory-by-staleness = كل الفرق، الأكثر تقادمًا أولًا
directory-sort = الترتيب
directory-sort-country = حسب البلد
directory-col-staleness = التقادم

# Directory imports
directory-import-title = استيراد الفرق
directory-import-link = استيراد الفرق من ملف
directory-import-saved = { $count ->
    [zero] لم يُحفظ أي فريق.
    [one] حُفظ فريق واحد.
    [two] حُفظ فريقان.
    [few] حُفظت { $count } فرق.
    [many] حُفظ { $count } فريقًا.
   *[other] حُفظ { $count } فريق.
}
directory-import-errors = { $count ->
    [zero] لا مشكلات في الملف
    [one] في الملف مشكلة واحدة
    [two] في الملف مشكلتان
    [few] في الملف { $count } مشكلات
    [many] في الملف { $count } مشكلة
   *[other] في الملف { $count } مشكلة
}
directory-import-nothing-saved = لم يُحفظ شيء. صحّح الملف ثم اقرأه مرة أخرى.
directory-import-preview = ما سيغيّره الاستيراد
directory-import-summary = { $file }: فرق للحفظ: { $changes }، ودون تغيير: { $unchanged }. لا يُحفظ شيء قبل تأكيدك.
directory-import-notes = { $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة على ما في الملف ولا يتسع له السجل
    [two] ملاحظتان على ما في الملف ولا يتسع له السجل
    [few] { $count } ملاحظات على ما في الملف ولا يتسع له السجل
    [many] { $count } ملاحظة على ما في الملف ولا يتسع له السجل
   *[other] { $count } ملاحظة على ما في الملف ولا يتسع له السجل
}
directory-import-changed-team = معدَّل
directory-import-new-team = فريق جديد
directory-import-before = الآن
directory-import-after = بعد الاستيراد
directory-import-confirm = { $count ->
    [zero] لا شيء للحفظ
    [one] حفظ فريق واحد
    [two] حفظ فريقين
    [few] حفظ { $count } فرق
    [many] حفظ { $count } فريقًا
   *[other] حفظ { $count } فريق
}
directory-import-upload = قراءة ملف
directory-import-explained = جدول بيانات (القالب أدناه، CSV أو XLSX)، أو سجلات مصدَّرة من هذا الدليل (JSON)، أو JSON من FIRST أو Trusted Introducer، أو نص RFC 2350 أو ملف security.txt لفريق واحد. ما لا يتضمنه الملف يبقى كما هو، ولا يغيّر الاستيراد أشخاص الاتصال أبدًا.
directory-import-template = القالب، وفيه صف مثال يجب حذفه:
directory-import-file = الملف
directory-import-layout = نوع الملف
directory-import-layout-auto = يُستدل عليه من اسم الملف (.csv، .xlsx، security.txt، rfc2350)
directory-import-layout-csv = قالب جدول البيانات، CSV
directory-import-layout-xlsx = قالب جدول البيانات، XLSX
directory-import-layout-records = سجلات مصدَّرة من هذا الدليل (JSON)
directory-import-layout-first = دليل فرق FIRST ‏(JSON)
directory-import-layout-ti = قائمة فرق Trusted Introducer ‏(JSON)
directory-import-layout-rfc2350 = نص RFC 2350 لفريق واحد
directory-import-layout-security-txt = ملف security.txt لفريق واحد
directory-import-team = الفريق (لملف RFC 2350 أو security.txt)
directory-import-team-hint = معرّف الفريق، مثل ke-cirt. قد يصف RFC 2350 فريقًا جديدًا؛ أما security.txt فيُكمل فريقًا مدرجًا بالفعل.
directory-import-read = قراءة الملف ومعاينة التغييرات
directory-import-choose-layout = نوع الملف: اختره؛ فاسم الملف لا يدل عليه.
directory-import-no-file = الملف: اختر ملفًا لقراءته.
directory-import-choose-team = الفريق: يصف RFC 2350 أو security.txt فريقًا واحدًا؛ اكتب معرّفه.
directory-import-changed = تغيّر الدليل أو الملف منذ المعاينة: لم يُحفظ شيء. اقرأ الملف مرة أخرى لرؤية التغييرات كما هي الآن.

# Signing an RFC 2350
directory-sign-title = توقيع RFC 2350
directory-sign-explained = الصق المفتاح السري OpenPGP للفريق (بصيغة ASCII المدرّعة) وعبارة مروره لتنزيل RFC 2350 الخاص بالفريق، بالحقول العامة فقط، موقّعًا توقيعًا واضحًا. يُستخدم المفتاح وعبارة المرور لهذا التوقيع وحده: لا يُحفظان ولا يُسجَّلان أبدًا.
directory-sign-key = المفتاح السري (ASCII مدرّع)
directory-sign-passphrase = عبارة المرور
directory-sign-button = التوقيع والتنزيل
directory-sign-refused = لم يُوقَّع: { $reason }
## Team staff and the team record's form (issue 16)
role-team-staff = موظف فريق
field-team = الفريق في الدليل
field-team-help = لموظفي الفرق فقط، الذين يحدّثون سجل فريقهم؛ اتركه فارغًا لأي دور آخر.
store-role-needs-team = يحتاج الدور { $role } إلى فريق في الدليل.
store-role-has-no-team = ليس للدور { $role } فريق في الدليل.
store-unknown-team = لا يوجد في الدليل فريق باسم «{ $team }».
error-team-edit = لا يحق تعديل هذا السجل إلا للأمانة ولموظفي الفريق نفسه.
error-team-staff-create = يحدّث موظفو الفريق سجل فريقهم فقط؛ والأمانة وحدها تضيف الفرق.
error-team-staff-country = الأمانة وحدها يمكنها نقل فريق إلى بلد آخر.
team-edit-link = تعديل هذا السجل
team-new-link = إضافة فريق
team-form-title-edit = تعديل { $name }
team-form-title-new = فريق جديد
team-form-intro = لكل قيمة خيار «من يمكنه رؤيتها» الخاص بها. لحذف عنصر من قائمة، أفرغ سطره. لا يُحفظ شيء حتى تضغط «حفظ»، ولا يُحفظ شيء إطلاقًا ما دامت في أي قيمة مشكلة.
team-form-save = حفظ
team-form-kept = لم يُحفظ شيء؛ ما أدخلته محفوظ أدناه.
team-form-more = إضافة 3 أسطر أخرى إلى «{ $section }»
team-form-row = { $what } { $n }
team-form-none = —
team-form-other = غير ذلك (اذكر الاسم)
team-form-section-identity = الفريق
team-form-id = معرّف الفريق
team-form-id-hint = من 1 إلى 60 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات، مثل ke-cirt. لا يمكن تغييره لاحقًا.
team-form-country-fixed = تتولى الأمانة تحديد البلد.
team-form-rfc2350-updated = آخر تحديث لوصف RFC 2350
team-form-date-hint = تاريخ بالصيغة YYYY-MM-DD.
team-form-hours-zone = المنطقة الزمنية
team-form-zone-hint = اسم منطقة زمنية من IANA، مثل Africa/Nairobi أو UTC.
team-form-bad-date = «{ $value }» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD.
team-form-bad-asn = «{ $value }» ليس رقم نظام مستقل.
team-form-types = أنواع الفريق
team-form-sector-name = القطاع (لفريق قطاعي)
team-form-languages = اللغات
team-form-language-hint = وسم BCP 47، مثل en أو fr أو ar أو zh-Hans.
team-form-websites = المواقع الإلكترونية
team-form-channels = قنوات الاتصال
team-form-channel-kind = النوع
team-form-channel-other = اسم نوع آخر (مثل matrix)
team-form-channel-value = العنوان أو الرقم
team-form-channel-usages = تُستخدم من أجل
team-form-keys = مفاتيح OpenPGP
team-form-keys-hint = الصق المفتاح العام للفريق: تُقرأ البصمة والتواريخ من المفتاح نفسه. ويمكن إدخال مفتاح دون نصه ببصمته.
team-form-key-armored = المفتاح العام بصيغة ASCII المدرّعة
team-form-key-armored-hint = لا تلصق أبدًا مفتاحًا سريًا (خاصًا): فهو مرفوض. يُحتفظ بالمفتاح الملصق سابقًا؛ الصق مفتاحًا فقط لاستبداله.
team-form-key-fingerprint = البصمة
team-form-key-created = تاريخ الإنشاء
team-form-key-expires = تاريخ الانتهاء
team-form-key-url = مكان الحصول عليه (عنوان ويب)
team-form-asns = الأنظمة المستقلة
team-form-asn-hint = الرقم، مع AS أو بدونها.
team-form-prefixes = بادئات IP
team-form-domains = النطاقات
team-form-countries = البلدان المخدومة
team-form-country-code-hint = رمز ISO 3166-1 alpha-3، مثل KEN.
team-form-sectors = القطاعات المخدومة
team-form-memberships = العضويات
team-form-network = الشبكة
team-form-network-other = اسم شبكة أخرى
team-form-status = الحالة
team-form-status-other = حالة أخرى
team-form-since = منذ
team-form-contacts = جهات الاتصال من الأشخاص
team-form-contacts-hint = بيانات شخصية: لا تُدرج شخصًا إلا بعد موافقته، وسجّل تاريخها.
team-form-contact = شخص
team-form-contact-name = الاسم
team-form-contact-kind = نوع جهة الاتصال
team-form-contact-role = المنصب
team-form-contact-channels = طرق الاتصال به
team-form-contact-channels-hint = واحدة في كل سطر: النوع، ثم مسافة، ثم العنوان أو الرقم، مثل «email duty@example.org» أو «phone +254700000000».
team-form-consent = وافق الشخص على إدراجه
team-form-consent-at = تاريخ الموافقة
team-form-consent-note = ملاحظة عن الموافقة
## The directory's who's who: regions, countries, the map, mailing lists (issue 16, part 6)
directory-field-region = منطقة الاتحاد الدولي للاتصالات
directory-field-network = الشبكة
directory-filter-emergency = الفرق التي لديها قناة للطوارئ فقط
directory-regions = الفرق حسب مناطق الاتحاد الدولي للاتصالات
directory-region-title = فرق الاستجابة في منطقة { $region }
directory-country-title = فرق الاستجابة في { $country }
directory-map-title = خريطة الفرق
directory-map-desc = البلدان التي يُدرج فيها فريق واحد على الأقل ملوّنة بلون ونقش، وكل منها رابط إلى صفحة البلد. وكل الفرق مذكورة أيضًا في الجداول أسفل الخريطة.
directory-map-country = { $country }: { $teams }، لا فريق وطنيًا مدرجًا
directory-map-country-national = { $country }: { $teams }، الفريق الوطني مدرج
directory-map-key-national-and-more = فريق وطني وفرق أخرى
directory-map-key-national = فريق وطني فقط
directory-map-key-other = فرق بلا فريق وطني
directory-map-key-none = لا فريق مدرجًا
directory-map-skip = تخطَّ الخريطة إلى جداول الفرق
directory-lists-title = القوائم البريدية
directory-lists-intro = عوامل تصفية للدليل محفوظة باسم. يُنزَّل كل منها قائمةً بريدية بالفرق التي يختارها اليوم: قنواتها بصيغة CSV (كلها أو قنوات استخدام واحد)، أو بطاقات الاتصال الخاصة بها.
directory-lists-none = لم تُحفظ أي قائمة بعد. صفِّ الدليل ثم احفظ التصفية باسم.
directory-list-save = احفظ هذه التصفية قائمةً بريدية
directory-list-save-hint = تحفظ القائمة التصفية لا الفرق: يُعاد البحث عن الفرق عند كل تنزيل.
directory-list-name = اسم القائمة
directory-list-save-button = احفظ القائمة
directory-list-teams = الفرق اليوم
directory-list-downloads = تنزيل
directory-list-saved = تاريخ الحفظ
directory-list-delete = حذف
directory-list-delete-named = احذف القائمة { $name }
directory-list-csv = CSV، كل القنوات
directory-list-usage-contact = الاتصال فقط
directory-list-usage-emergency = الطوارئ فقط
directory-list-usage-abuse = بلاغات إساءة الاستخدام فقط
directory-list-usage-reports = الإبلاغ عن الحوادث فقط
directory-list-error-name = أعطِ القائمة اسمًا لا يتجاوز { $max } حرفًا، في سطر واحد.
directory-list-error-usage = استخدام غير معروف «{ $usage }»: اكتب contact أو emergency أو abuse أو reports.
directory-map-keys = على الخريطة، يدخل مفتاح Tab إلى بلد واحد؛ وتنقل مفاتيح الأسهم إلى أقرب بلد في ذلك الاتجاه، ويفتح مفتاح Enter صفحته. وكل الفرق مذكورة أيضًا في الجداول أسفل الخريطة.
check-error-call-closed = سُجّلت هذه المكالمة من قبل على أنها تمّ الرد عليها، أو أنها ليست مكالمة: لم يُغيَّر شيء.
check-call-choose = المكالمة: اختر ما إذا كان أحد قد ردّ.
check-channel-email = بريد إلكتروني
check-channel-phone = هاتف
check-col-call = تسجيل المكالمة
check-call-note = ملاحظة
check-call-answered = تمّ الرد
check-call-unanswered = لا رد
directory-seen-heading = security.txt
directory-seen-never = لم يُستورد ملف security.txt لهذا الفريق ولم يُجلب بعد.
directory-seen-import = استُورد في { $when } من الملف { $where }.
directory-seen-fetch = { $found ->
    [yes] جُلب في { $when } من { $where }.
   *[no] بُحث عنه في { $when } في { $where }: لم يوجد.
}
directory-seen-fetch-button = اجلب ملف security.txt الآن
directory-seen-how = استورد ملف security.txt الخاص بالفريق (صفحة الاستيراد)، أو دع الخادم يجلبه من مواقع الفريق بتفعيل directory.fetch_security_txt في الإعدادات.
directory-seen-fetch-off = جلب ملفات security.txt معطّل على هذا الخادم: يمكن للمسؤول تفعيله بالإعداد directory.fetch_security_txt = true.
staleness-security-txt-not-checked = لم يُفحص ملف security.txt الخاص بالفريق بعد
staleness-security-txt-missing = لا يحتوي موقع الفريق على ملف security.txt
staleness-security-txt-expired = انتهت صلاحية ملف security.txt الخاص بالفريق
staleness-security-txt-no-expires = لا يحتوي ملف security.txt الخاص بالفريق على الحقل Expires
staleness-security-txt-no-contact = لا يذكر ملف security.txt الخاص بالفريق أي Contact
staleness-security-txt-expires-too-far = تمتد صلاحية ملف security.txt الخاص بالفريق أكثر من سنة، فقد لا يُراجع
staleness-rfc2350-no-date = لا يحمل وصف RFC 2350 تاريخ آخر تحديث
staleness-rfc2350-old = حُدّث وصف RFC 2350 آخر مرة في { $date } (قبل { $days } يومًا؛ والحد { $limit } يومًا)
staleness-no-key = لا يذكر الفريق أي مفتاح OpenPGP
staleness-key-expired = انتهت صلاحية المفتاح { $fingerprint } في { $date }
staleness-key-expiring = تنتهي صلاحية المفتاح { $fingerprint } في { $date }، خلال { $limit } يومًا
staleness-never-reached = لم ينجح أي فحص لإمكانية الوصول إلى الفريق قط
staleness-not-reached-recently = كان آخر فحص ناجح لإمكانية الوصول قبل { $days } يومًا؛ والحد { $limit } يومًا
maturity-status-self-assessment = في مرحلة التقييم الذاتي
maturity-status-peer-review = قيد مراجعة الأقران
maturity-status-validated = مُعتمَد
maturity-status-signed-off = مُصادَق عليه
maturity-step-submitted = تقديمه
maturity-step-returned = إعادته
maturity-step-validated = اعتماده
maturity-step-signed-off = المصادقة عليه
maturity-act-read = الاطلاع على هذا
maturity-act-create = بدء تقييم
maturity-act-self-assess = تغيير التقييم الذاتي
maturity-act-evidence = تغيير الأدلة
maturity-act-validate-levels = تسجيل مستويات معتمدة
maturity-act-submit = تقديم التقييم
maturity-act-return = إعادة التقييم
maturity-act-validate = اعتماد التقييم
maturity-act-sign-off = المصادقة على التقييم
maturity-act-assign-reviewer = تعيين المراجع
maturity-act-roadmap = تغيير خارطة الطريق
maturity-error-forbidden = لا يمكنك { $act } في هذا التقييم.
maturity-error-transition = التقييم { $status }: لا يمكن { $step } الآن.
maturity-error-closed = التقييم { $status }: لم يعد من الممكن تغيير هذا.
maturity-error-return-without-comment = اذكر ما ينبغي للفريق تغييره: اكتب سببًا أو تعليقًا على أحد المعايير.
maturity-error-framework = في الإطار أخطاء عددها { $count }؛ لم يُنشأ أي تقييم.
maturity-error-unknown-parameter = «{ $parameter }» ليس معيارًا في إطار هذا التقييم.
maturity-error-reviewer-own-team = لا يمكن لعضو في الفريق المُقيَّم أن يكون مراجعه.
maturity-error-reviewer-role = المراجع موظف في فريق آخر أو في الأمانة.
maturity-error-reviewer-inactive = حساب المراجع معطّل.
maturity-error-date = «{ $value }» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثل 2026-03-31.
maturity-error-expiry-before-issue = تاريخ الانتهاء يسبق تاريخ الدليل.
maturity-error-url = «{ $value }» ليس عنوان ويب: اكتب عنوانًا يبدأ بـ http:// أو https://.
maturity-error-file = تعذّر إرفاق الملف: ارفعه مرة أخرى.
maturity-error-title-missing = أعطِ الدليل عنوانًا.
maturity-error-too-long = النص «{ $field }» طويل جدًا.
maturity-error-check-other-team = أُرسلت رسالة الفحص هذه إلى فريق آخر.
store-assessment-stale = غيّر شخص آخر التقييم (الإصدار الآن { $version }): أعد تحميل الصفحة لرؤية التغيير.
store-parameter-stale = غيّر شخص آخر هذا المعيار (الإصدار الآن { $version }): أعد تحميل الصفحة لرؤية التغيير.
store-roadmap-stale = غيّر شخص آخر هذا البند من خارطة الطريق (الإصدار الآن { $version }): أعد تحميل الصفحة لرؤية التغيير.

## CIRT maturity assessments: pages (issue 17)
nav-maturity = النضج
maturity-title = تقييمات نضج فرق الاستجابة (CIRT)
maturity-explained = يقيّم الفريق نفسه في كل معيار مع ملاحظة وأدلة؛ ويسجّل مراجع نظير من فريق آخر، أو الأمانة، مستوى مُتحقَّقاً منه بجانبه؛ ثم تعتمد الأمانة التقييم. تُحتسب المستويات المُتحقَّق منها حيثما وُجدت.
maturity-list = التقييمات التي يمكنك الاطلاع عليها
maturity-none = لا يوجد بعد أي تقييم يمكنك الاطلاع عليه.
maturity-new = بدء تقييم
maturity-start = بدء التقييم
maturity-assessment-title = تقييم النضج: { $team }
maturity-col-team = الفريق
maturity-col-framework = الإطار
maturity-col-kind = النوع
maturity-col-status = الحالة
maturity-col-round = الجولة
maturity-col-updated = آخر تغيير
maturity-col-parameter = المعيار
maturity-col-profile = الملف
maturity-col-tier = المرتبة
maturity-col-from = الآن
maturity-col-to = المطلوب
maturity-col-action = الإجراء المقترح
maturity-col-owner = المسؤول
maturity-col-due = الموعد النهائي
maturity-col-service = خدمة FIRST
maturity-kind-self = تقييم ذاتي
maturity-kind-peer = تقييم الأقران
maturity-kind-audit = تدقيق
maturity-label-self-assessment = قيد التقييم الذاتي
maturity-label-peer-review = قيد مراجعة الأقران
maturity-label-validated = مُتحقَّق منه
maturity-label-signed-off = معتمد
maturity-reviewer = المراجع النظير
maturity-reviewer-none = لم يُعيَّن
maturity-reviewer-choose = المراجع (من موظفي فريق آخر أو من الأمانة)
maturity-reviewer-save = تعيين
maturity-progress = التقدم
maturity-answered = قيّم الفريق { $answered } من { $total } معياراً
maturity-expired-count = { $count ->
    [zero] لا توجد معايير ذات أدلة منتهية الصلاحية.
    [one] معيار واحد لديه أدلة تجاوزت تاريخ مراجعتها.
    [two] معياران لديهما أدلة تجاوزت تاريخ مراجعتها.
    [few] { $count } معايير لديها أدلة تجاوزت تاريخ مراجعتها.
    [many] { $count } معياراً لديها أدلة تجاوزت تاريخ مراجعتها.
   *[other] { $count } معيار لديها أدلة تجاوزت تاريخ مراجعتها.
}
maturity-roadmap-link = خارطة طريق الفريق
maturity-diff-link = ما الذي تغيّر بين الجولات
maturity-tiers = المراتب
maturity-tier-none = لا شيء بعد
maturity-tier-reached = المرتبة المحققة: { $tier }.
maturity-tier-next = المرتبة التالية: { $tier }.
maturity-blockers = { $count ->
    [zero] لا معايير تعيق المرتبة التالية
    [one] معيار واحد يعيق المرتبة التالية
    [two] معياران يعيقان المرتبة التالية
    [few] { $count } معايير تعيق المرتبة التالية
    [many] { $count } معياراً تعيق المرتبة التالية
   *[other] { $count } معيار تعيق المرتبة التالية
}
maturity-plan = إضافتها إلى خارطة الطريق
maturity-steps = الخطوة التالية
maturity-reason = السبب أو الرسالة (اختياري؛ مطلوب لإعادة التقييم ما لم يكن لأحد المعايير تعليق)
maturity-reason-hint = يُحفظ مع هذه الجولة وفي سجل التدقيق.
maturity-do-submit = إرسال لمراجعة الأقران
maturity-do-return = إعادة إلى الفريق
maturity-do-validate = التحقق
maturity-do-sign-off = الاعتماد
maturity-parameters = المعايير
maturity-self-hint = اختر مستوى لكل معيار واذكر ما يدعمه. احفظ متى شئت: لا يُحفظ إلا ما غيّرته.
maturity-validate-hint = سجّل المستوى الذي يمكنك تأكيده لكل معيار، مع تعليق حين يختلف عن مستوى الفريق.
maturity-self-level = مستوى الفريق
maturity-validated-level = المستوى المُتحقَّق منه
maturity-note = ملاحظة الفريق
maturity-comment = تعليق المراجع
maturity-unanswered = لم يُقيَّم
maturity-differs = يختلف عن مستوى الفريق
maturity-save = حفظ المستويات
maturity-na = لا ينطبق
maturity-missing = لم يُقيَّم
maturity-expired = انتهت صلاحية الدليل
maturity-evidence-hint = الأدلة:
maturity-evidence-url = رابط
maturity-evidence-file = ملف
maturity-evidence-check = فحص إمكانية الوصول
maturity-evidence-add = إضافة دليل
maturity-evidence-title = العنوان
maturity-evidence-address = عنوان الويب
maturity-evidence-ping = أو رسالة فحص إمكانية الوصول المرسلة إلى الفريق
maturity-evidence-issued = تاريخ الدليل
maturity-evidence-expires = المراجعة قبل (اختياري)
maturity-evidence-save = إضافة الدليل
maturity-evidence-remove = إزالة
maturity-ping-acked = تم تأكيد الاستلام
maturity-ping-not-acked = لم يُؤكَّد الاستلام
maturity-diff-title = ما الذي تغيّر بين الجولات
maturity-diff-from = من
maturity-diff-to = إلى
maturity-diff-show = مقارنة
maturity-diff-none = لم يتغير شيء بينهما.
maturity-diff-count = { $count ->
    [zero] لم يتغير أي معيار
    [one] تغيّر معيار واحد
    [two] تغيّر معياران
    [few] تغيّرت { $count } معايير
    [many] تغيّر { $count } معياراً
   *[other] تغيّر { $count } معيار
}
maturity-diff-texts = الملاحظات والتعليقات
maturity-round-n = الجولة { $round }
maturity-round-now = الآن
maturity-roadmap-title = خارطة الطريق: { $team }
maturity-roadmap-explained = بند واحد لكل معيار يعيق المرتبة التالية، من مستواه الحالي إلى المستوى المطلوب. غيّر الإجراء والمسؤول والموعد والحالة مع تقدم العمل.
maturity-roadmap-download = تنزيل خارطة الطريق (XLSX)
maturity-roadmap-empty = خارطة الطريق فارغة. خطّطها انطلاقاً من مراتب أحد التقييمات.
maturity-roadmap-save = حفظ البند
maturity-roadmap-open = مفتوح
maturity-roadmap-in-progress = قيد التنفيذ
maturity-roadmap-done = منجز
maturity-roadmap-dropped = متروك
maturity-service-hint = اختياري: خدمة إطار خدمات FIRST لفرق CSIRT التي يبنيها هذا البند، مثل 5.1.
maturity-action-to-1 = { $parameter }: تأكد من أنه يُمارس فعلياً وحدّد من يقوم به.
maturity-action-to-2 = { $parameter }: وثّق كتابةً كيف يُنفَّذ، للاستخدام الداخلي للفريق.
maturity-action-to-3 = { $parameter }: احصل على اعتماد الوثيقة من إدارة الفريق وحافظ على تحديثها.
maturity-action-to-4 = { $parameter }: اطلب مراجعته من جهة أعلى أو من خارج الفريق، واعمل بما تخلص إليه.
maturity-error-step = اختر إحدى الخطوات المعروضة في الصفحة.
maturity-error-level = «{ $value }» ليس مستوى: اختر 0 أو 1 أو 2 أو 3 أو 4 أو لا ينطبق.
maturity-error-kind = اختر نوع التقييم: تقييم ذاتي أو تقييم الأقران أو تدقيق.
maturity-error-framework-name = اختر أحد الأطر المعروضة.
maturity-error-page-version = الصفحة قديمة: أعد تحميلها وحاول مرة أخرى.
maturity-error-version = الصفحة قديمة بالنسبة إلى { $parameter }: أعد تحميلها وحاول مرة أخرى.
maturity-error-too-long-field = نص { $parameter } طويل جداً (10000 حرف على الأكثر).
maturity-error-reviewer = اختر مراجعاً من القائمة.
maturity-error-evidence-source = أدخل عنوان ويب، أو اختر رسالة فحص إمكانية الوصول.
maturity-error-profile = اختر أحد ملفات التقييم.
maturity-error-roadmap-status = اختر حالة: مفتوح أو قيد التنفيذ أو منجز أو متروك.
maturity-error-round = «{ $value }» ليست جولة من جولات هذا التقييم.
maturity-history-link = تقييمات الفريق عبر الزمن
maturity-all-regions = كل المناطق
maturity-assessment-n = التقييم رقم { $id }
maturity-changes = ما الذي تغيّر منذ التقييم السابق
maturity-col-assessment = التقييم
maturity-col-blockers = تعيق المرتبة التالية
maturity-col-country = البلد
maturity-col-days = أيام منذ آخر تغيير
maturity-col-group = المجموعة (متوسط المستوى، 0–4)
maturity-col-open-items = بنود خارطة الطريق المفتوحة
maturity-col-region = منطقة الاتحاد
maturity-col-signed-off = تاريخ الاعتماد
maturity-col-stage = الوضع
maturity-col-started = تاريخ البدء
maturity-error-region = لا توجد منطقة كهذه في الاتحاد: اختر واحدة من القائمة.
maturity-filter = عرض
maturity-groups = المجموعات الأربع
maturity-groups-table = متوسط مستوى المعايير المقيَّمة في كل مجموعة (باستثناء ما لا ينطبق)
maturity-portfolio-download = تنزيل بصيغة CSV
maturity-portfolio-explained = كل بلد مع فريقه الوطني للاستجابة: وضعه، والمرتبة التي يبلغها آخر تقييم له في الملف الأول (مؤقتة حتى التحقق)، ومنذ متى تغيّر آخر مرة، وما يعيق المرتبة التالية، وبنود خارطة الطريق المفتوحة.
maturity-portfolio-summary = { $countries } بلداً، منها { $teams } لها فريق في الدليل و{ $assessed } مُقيَّمة
maturity-portfolio-title = حافظة البرنامج
maturity-radar-title = متوسط مستوى المجموعات الأربع: { $team }
maturity-stage-no-team = لا فريق في الدليل
maturity-stage-not-assessed = لم يُقيَّم
maturity-team-title = النضج عبر الزمن: { $team }
maturity-tier-provisional = { $tier } (مؤقت)
maturity-timeline = التقييمات والمرتبة التي يبلغها كل منها
maturity-act-publish = اختيار ما يُنشر
maturity-error-publication = اختر ما إذا كانت المرتبة تُنشر: نعم أو لا.
maturity-publication = ما يعرضه الموقع العام
maturity-publication-off = لا ينشر البرنامج أي نتائج للنضج: لا يُعرض شيء مهما اختار الفريق.
maturity-publication-nothing = لا يُعرض شيء الآن: لم يوافق الفريق على نشر مرتبته، أو لم يُعتمد أي تقييم بعد.
maturity-publication-shown = تعرض الصفحة العامة للفريق:
maturity-publication-choose = هل تُنشر مرتبة آخر تقييم معتمد في الصفحة العامة للفريق؟
maturity-publication-yes = نعم، انشر المرتبة
maturity-publication-no = لا، لا تنشر شيئاً
maturity-publication-hint = لا تُنشر أبداً المستويات والملاحظات والأدلة وخارطة الطريق.
maturity-publication-save = حفظ الاختيار
maturity-published-tier = { $profile }: { $tier } (اعتُمد في { $date })
maturity-public-label = مرتبة النضج:
maturity-prefill-title = أدلة النضج للمؤشر الوطني
maturity-prefill-for = { $country }، الإصدار { $edition }
maturity-prefill-explained = يدعم آخر تقييم نضج معتمد للبلد هذه الإجابات في المؤشر، وفق جدول المطابقة في cyberindex. لا يضيفها الملء المسبق إلا حيث لم يُجب البلد، كمسودات يؤكدها البلد أو يصححها؛ وتذكر كل منها مصدرها.
maturity-prefill-none = لا يملك أي فريق من هذا البلد تقييم نضج معتمداً بعد.
maturity-prefill-source = من التقييم
maturity-prefill-nothing = لا يدعم هذا التقييم أياً من إجابات الإصدار.
maturity-prefill-count = { $count ->
    [zero] لا إجابات مقترحة
    [one] إجابة واحدة مقترحة
    [two] إجابتان مقترحتان
    [few] { $count } إجابات مقترحة
    [many] { $count } إجابة مقترحة
   *[other] { $count } إجابة مقترحة
}
maturity-prefill-question = السؤال
maturity-prefill-offered = الإجابة المقترحة
maturity-prefill-because = المصدر
maturity-prefill-current = إجابة البلد الحالية
maturity-prefill-unanswered = بلا إجابة: ستُملأ مسبقاً
maturity-prefill-apply = { $count ->
    [zero] لا شيء للملء المسبق
    [one] املأ مسبقاً إجابة واحدة ليؤكدها البلد
    [two] املأ مسبقاً إجابتين ليؤكدهما البلد
    [few] املأ مسبقاً { $count } إجابات ليؤكدها البلد
    [many] املأ مسبقاً { $count } إجابة ليؤكدها البلد
   *[other] املأ مسبقاً { $count } إجابة ليؤكدها البلد
}
maturity-prefill-all-answered = أجاب البلد عن كل هذه الأسئلة: لا شيء للملء المسبق.
maturity-prefill-link = اعرض هذا التقييم على المؤشر الوطني:
maturity-error-prefill-none = لا يملك أي فريق من هذا البلد تقييم نضج معتمداً يمكن الملء المسبق منه.
maturity-saved = { $count ->
    [0] لم يتغير شيء: لم يُحفظ شيء.
    [zero] لم يتغير شيء: لم يُحفظ شيء.
    [one] حُفظ معيار واحد.
    [two] حُفظ معياران.
    [few] حُفظت { $count } معايير.
    [many] حُفظ { $count } معياراً.
   *[other] حُفظ { $count } معيار.
}

# متابعة إنشاء فرق CIRT (المسألة 17، الجزء 6)
establishment-title = متابعة إنشاء فرق CIRT
establishment-explained = ارتباطات البرنامج مع البلدان لإنشاء فريق وطني للاستجابة للحوادث الحاسوبية، مرحلة بعد مرحلة: التقييم، التصميم، الإنشاء، التعزيز. تنتهي كل مرحلة عند اعتماد مُخرَجها.
establishment-filter = تصفية
establishment-all-regions = كل المناطق
establishment-none = لا توجد ارتباطات لعرضها.
establishment-list = الارتباطات حسب البلد
establishment-col-country = البلد
establishment-col-region = منطقة الاتحاد
establishment-col-phase = المرحلة
establishment-col-days = المدة في المرحلة
establishment-col-pending = مُخرَجات بانتظار قرار
establishment-col-missing = مُخرَجات مطلوبة لم تُعتمد بعد
establishment-new = بدء ارتباط
establishment-team = فريق الدليل
establishment-team-none = لا فريق بعد
establishment-team-hint = اربط الفريق الوطني عند إدراجه في الدليل: يمكن لموظفيه حينها متابعة الارتباط.
establishment-team-choose = الفريق
establishment-team-save = حفظ الفريق
establishment-note = ملاحظة
establishment-start = بدء
establishment-heading = إنشاء الفريق الوطني: { $country }
establishment-phases = المراحل
establishment-phase-assessment = التقييم
establishment-phase-design = التصميم
establishment-phase-establishment = الإنشاء
establishment-phase-enhancement = التعزيز
establishment-phase-closed = مغلق
establishment-step-done = منجزة
establishment-step-current = المرحلة الحالية
establishment-step-todo = قادمة
establishment-kind-readiness-report = تقرير الجاهزية
establishment-kind-design-document = وثيقة التصميم
establishment-kind-procedures = الإجراءات
establishment-kind-handover = وثيقة التسليم
establishment-kind-other = وثيقة أخرى
establishment-status-submitted = مُقدَّم
establishment-status-approved = مُعتمَد
establishment-status-changes-requested = طُلبت تعديلات
establishment-move = المرحلة التالية
establishment-move-to = الانتقال إلى: { $phase }
establishment-blocked = لا يمكن إنهاء مرحلة «{ $phase }» قبل اعتماد مُخرَجها ({ $deliverable }).
establishment-required = المُخرَج المطلوب: { $deliverable }.
establishment-required-ok = مُعتمَد.
establishment-required-missing = لم يُعتمد بعد.
establishment-no-deliverables = لا توجد مُخرَجات في هذه المرحلة بعد.
establishment-deliverables-of = مُخرَجات مرحلة «{ $phase }»
establishment-col-title = العنوان
establishment-col-kind = النوع
establishment-col-date = تاريخ الوثيقة
establishment-col-status = الحالة
establishment-col-decision = القرار
establishment-decide-on = القرار بشأن { $title }
establishment-comment = تعليق
establishment-approve = اعتماد
establishment-request-changes = طلب تعديلات
establishment-upload = إضافة مُخرَج
establishment-other-phase = المرحلة (لوثيقة أخرى)
establishment-other-phase-hint = يُضاف المُخرَج المطلوب إلى مرحلته؛ وتُضاف الوثيقة الأخرى إلى المرحلة المختارة هنا.
establishment-source = الوثيقة: ملف أو رابط
establishment-file = الملف
establishment-file-hint = PDF أو مستندات مكتبية أو صور أو نص، ضمن حد الحجم المسموح.
establishment-url = الرابط
establishment-add = إضافة
establishment-services = الخدمات المخطط لها
establishment-services-source = مجالات الخدمات والخدمات في إطار خدمات FIRST لفرق CSIRT الإصدار 2.1 (المعرّفات والأسماء بالإنجليزية)، لكل منها المرحلة التي تبدأ فيها.
establishment-service-phase = المرحلة التي تبدأ فيها الخدمة { $service }
establishment-services-save = حفظ الخدمات المخطط لها
establishment-services-none = لا خدمات مخطط لها بعد.
establishment-col-service = الخدمة
establishment-col-starts = تبدأ في
establishment-history = سجل المراحل
establishment-col-when = متى
establishment-col-change = التغيير
establishment-col-by = بواسطة
establishment-stale = غيّر شخص آخر هذا الارتباط أو المُخرَج: أعد تحميل الصفحة وحاول مجددًا.
establishment-act-read = قراءة هذا
establishment-act-create = بدء ارتباط
establishment-act-move = تغيير المرحلة
establishment-act-link-team = ربط الفريق
establishment-act-upload = إضافة مُخرَج
establishment-act-decide = البت في مُخرَج
establishment-act-services = تخطيط الخدمات
establishment-error-forbidden = لا يمكنك { $act } في هذا الارتباط.
establishment-error-country = «{ $value }» ليس رمز بلد: استخدم ISO 3166 alpha-3، مثل KEN.
establishment-error-open = لدى { $country } ارتباط مفتوح بالفعل (رقم { $id }): أغلقه أولًا.
establishment-error-unknown-team = لا يضم الدليل فريقًا باسم «{ $team }».
establishment-error-closed = الارتباط مغلق: لم يعد بالإمكان تغييره.
establishment-error-phase-order = الارتباط في مرحلة «{ $from }»: لا يمكنه الانتقال إلا إلى المرحلة التالية، وليس إلى «{ $to }».
establishment-error-deliverable-missing = لا يمكن إنهاء مرحلة «{ $phase }» قبل اعتماد مُخرَجها ({ $deliverable }).
establishment-error-kind-phase = ينتمي هذا النوع من المُخرَجات ({ $deliverable }) إلى مرحلة «{ $phase }».
establishment-error-phase-not-reached = لم يبلغ الارتباط مرحلة «{ $phase }» بعد.
establishment-error-title-missing = أعطِ المُخرَج عنوانًا.
establishment-error-source = ارفع ملفًا أو أعطِ رابطًا (أحدهما فقط).
establishment-error-decided = سبق البت في هذا المُخرَج.
establishment-error-comment-required = وضّح ما يجب تغييره: التعليق مطلوب لطلب التعديلات.
establishment-error-too-long = الحقل { $field } طويل جدًا.
establishment-error-phase-value = «{ $value }» ليست مرحلة: اختر التقييم أو التصميم أو الإنشاء أو التعزيز.
establishment-error-kind = «{ $value }» ليس نوعًا من المُخرَجات: اختر من القائمة.
establishment-error-decision = «{ $value }» ليس قرارًا: اعتمد أو اطلب تعديلات.
establishment-error-service = «{ $id }» ليست خدمة في إطار خدمات FIRST لفرق CSIRT الإصدار 2.1.
establishment-days = { $count ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
establishment-error-service-phase = الخدمة { $id }: «{ $value }» ليست مرحلة: اختر التقييم أو التصميم أو الإنشاء أو التعزيز.
# Publication day: the demonstration being prepared (issue 19)
preparing-title = جارٍ إعداد العرض التوضيحي
preparing-text = يجري إنشاء بيانات العرض التوضيحي. ستُعاد تحميل هذه الصفحة تلقائيًا خلال بضع ثوانٍ.
preparing-reload = إعادة التحميل الآن

## التمارين السيبرانية (issue 18): لوحة التحكم ومقاعد المشاركين
nav-drills = التمارين
drill-title = التمارين السيبرانية
drill-explained = التمارين التي تديرها: أطلق المدخلات إلى الفرق، وتابع ردودها، وقيّمها مقارنةً بالإجراءات المتوقعة.
drill-none = لا تدير أي تمرين بعد. خطط لتمرين من سيناريو محفوظ (تخطيط تمرين)، أو عبر سطر الأوامر (cyberindex drill create).
drill-list = التمارين التي تديرها
drill-col-title = التمرين
drill-col-host = الجهة المضيفة
drill-col-start = البداية المخططة
drill-col-status = الحالة
drill-col-teams = الفرق
drill-col-team = الفريق
drill-col-comms = فحص الاتصالات
drill-col-score = الدرجة
drill-col-target = الهدف
drill-col-evaluated = التوقعات المقيّمة
drill-col-role = الدور
drill-col-label = التسمية
drill-col-link-state = الرابط
drill-col-actions = الإجراءات
drill-col-inject = المُدخل
drill-col-move = المرحلة
drill-col-at = الوقت منذ البداية
drill-col-channel = القناة
drill-col-state = الحالة
drill-scenario = السيناريو
drill-clock = الساعة
drill-exercise-time = وقت التمرين
drill-simulated-time = الوقت المحاكى
drill-reload = أعد تحميل هذه الصفحة
drill-status-planned = مخطط له
drill-status-comms-check = في فحص الاتصالات
drill-status-running = جارٍ
drill-status-paused = متوقف مؤقتًا
drill-status-ended = منتهٍ
drill-status-reported = صدر تقريره
drill-step-comms-check = أرسل فحص الاتصالات
drill-step-start = ابدأ التمرين
drill-step-pause = أوقف مؤقتًا
drill-step-resume = استأنف
drill-step-end = أنهِ التمرين
drill-step-report = سجل صدور التقرير
drill-teams = الفرق
drill-no-teams = لا يشارك أي فريق بعد. أضف فرقًا من الدليل أدناه.
drill-comms-result = أُكِّد { $acknowledged } من { $sent }، وفشل { $failed }
drill-comms-none = لم يُفحص
drill-links = روابط المشاركين
drill-links-explained = ينضم اللاعبون والمقيّمون والمراقبون دون حساب، كلٌّ برابط يُستخدم مرة واحدة. أرسل كل رابط إلى شخص واحد.
drill-link-new = أصدر رابطًا
drill-link-all-teams = جميع الفرق
drill-link-team-hint = يحتاج رابط اللاعب إلى فريق؛ ويغطي رابط المقيّم أو المراقب فريقًا واحدًا أو جميع الفرق.
drill-link-issue = أصدر الرابط
drill-link-issued = صدر الرابط
drill-link-issued-for = رابط لدور { $role } ({ $team }).
drill-link-address = الرابط
drill-link-once = انسخه الآن: لا يُعرض إلا هذه المرة، ولا يعمل إلا مرة واحدة، وتنتهي صلاحيته في { $when }.
drill-back-to-console = العودة إلى لوحة التحكم
drill-link-revoke = اسحب
drill-link-revoke-named = اسحب الرابط { $label }
drill-link-revoked = مسحوب
drill-link-used = استُخدم في { $when }
drill-link-expired = منتهي الصلاحية
drill-link-open = لم يُستخدم بعد، صالح حتى { $when }
drill-role-player = لاعب
drill-role-observer = مراقب
drill-role-evaluator = مقيّم
drill-timeline = الجدول الزمني
drill-inject-pending = في الانتظار
drill-inject-released = أُطلق
drill-inject-released-at = أُطلق عند { $at }
drill-inject-ready = جاهز للإطلاق
drill-inject-held = محجوز
drill-inject-skipped = متخطّى
drill-inject-moved = نُقل
drill-act-release = أطلق الآن
drill-act-release-named = أطلق { $inject } الآن
drill-act-hold = احجز
drill-act-hold-named = احجز { $inject }
drill-act-resume = استأنف
drill-act-resume-named = استأنف { $inject }
drill-act-skip = تخطَّ
drill-act-skip-named = تخطَّ { $inject }
drill-act-move = انقل
drill-act-move-named = انقل { $inject } إلى هذه الدقيقة
drill-minutes-from-start = الدقائق منذ البداية
drill-channel-portal = البوابة
drill-channel-email = البريد الإلكتروني
drill-channel-news = خبر
drill-channel-document = مستند
drill-responses = الردود
drill-no-responses = لا توجد ردود بعد.
drill-response-file = المستند
drill-verdict = التقييم
drill-result-success = نجاح
drill-result-partial = جزئي
drill-result-failed = إخفاق
drill-comment = تعليق
drill-evaluate = سجّل التقييم
drill-join-title = الانضمام إلى تمرين
drill-join-explained = يفتح هذا الرابط مقعدك في تمرين سيبراني. لا يعمل إلا مرة واحدة: انضم من المتصفح الذي ستستخدمه أثناء التمرين.
drill-join = انضم إلى التمرين
drill-fictional = هذا السيناريو خيالي: تمرين وليس حادثًا حقيقيًا.
drill-score-against-target = الدرجة { $score } مقابل هدف قدره { $target }
drill-no-injects = لم يُطلق شيء لهذا الفريق بعد.
drill-news-feed = موجز الأخبار
drill-inbox = المدخلات
drill-released-at = أُطلق عند { $at }
drill-expectation = المتوقع
drill-your-response = ردك
drill-send-response = أرسل الرد
drill-act-read = رؤية هذا التمرين
drill-act-run = إدارة التمرين
drill-act-respond = الرد
drill-act-evaluate = تقييم الردود
drill-act-lessons = الإجابة عن استبيان الدروس المستفادة
drill-error-forbidden = لا يمكنك { $act } في هذا التمرين.
drill-error-scenario = في السيناريو مشكلات: { $problems }
drill-error-scenario-changed = السيناريو { $id } الإصدار { $version } موجود بالفعل بمحتوى آخر: امنح السيناريو المعدَّل إصدارًا جديدًا.
drill-error-status = التمرين { $status }: لا يمكنك { $act } الآن.
drill-error-released = أُطلق المُدخل { $inject }: لم يعد من الممكن تغييره.
drill-error-dependency = ينتظر المُدخل { $inject } المُدخل { $depends }.
drill-error-expectation = ليس للمُدخل { $inject } توقع رقم { $index }.
drill-error-unknown-team = لا يوجد في الدليل فريق «{ $team }».
drill-error-empty-response = اكتب ردًا أو أرفق مستندًا.
drill-error-score = الدرجة عدد صحيح من 0 إلى 100.
drill-error-too-long = الحقل { $field } طويل جدًا.
drill-error-empty = الحقل { $field } فارغ.
drill-error-time-zone = «{ $value }» ليس منطقة زمنية: اكتب UTC أو فرقًا مثل UTC+03:00.
drill-error-language = السيناريو غير مكتوب بـ«{ $lang }»: اختر من بين { $available }.
drill-error-date = «{ $value }» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثل 2026-03-31.
drill-error-link-used = استُخدم هذا الرابط من قبل. اطلب رابطًا جديدًا من الميسّر.
drill-error-link-expired = انتهت صلاحية هذا الرابط.
drill-error-link-revoked = سُحب هذا الرابط. اطلب رابطًا جديدًا من الميسّر.
drill-error-link-unknown = هذا الرابط غير صالح.
drill-error-link-team = يحتاج رابط اللاعب إلى أحد فرق التمرين.
drill-error-step = اختر خطوة يمكن للتمرين اتخاذها.
drill-error-act = اختر الإطلاق أو الحجز أو الاستئناف أو التخطي أو النقل.
drill-error-minutes = الوقت عدد صحيح من الدقائق من 0 إلى { $max }.
drill-error-number = «{ $value }» ليس عددًا صحيحًا.
drill-error-result = اختر نجاحًا أو جزئيًا أو إخفاقًا.
drill-error-role = اختر لاعبًا أو مقيّمًا أو مراقبًا.
drill-changed = تغيّر هذا التمرين: أعد تحميل الصفحة لرؤية التغيير (يبقى ما تكتبه حتى تعيد التحميل).
# Issue 17: تقرير التقييم (PDF)، اختبارات إمكانية الوصول كأدلة، المرحلة في الحافظة
report-maturity-title = { $team }: تقييم النضج
report-maturity-source = تقييم النضج { $id }، الجولة { $round }. مقيّد: ليس للنشر.
report-maturity-next = المستوى التالي
report-maturity-blockers = يعيق المستوى التالي
report-maturity-no-blockers = لا شيء يعيق المستوى التالي.
report-maturity-evidence = الأدلة
report-maturity-evidence-none = لا توجد أدلة مسجلة.
report-maturity-expires = تُراجع قبل
report-maturity-roadmap = خارطة الطريق
report-maturity-roadmap-none = خارطة الطريق فارغة.
report-maturity-restricted = يتضمن هذا التقرير تفاصيل المعايير في التقييم: المستويات والملاحظات والتعليقات والأدلة وخارطة الطريق. وهو مقصور على الفريق ومراجعه وأمانة البرنامج. لا يجوز نشر سوى المستوى، وبموافقة الفريق فقط.
maturity-report-download = تنزيل هذا التقييم بصيغة PDF
maturity-reach-offers = اختبارات إمكانية الوصول الخاصة بالفريق التي لم تُرفق هنا بعد:
maturity-reach-attach = إرفاق كدليل
maturity-reach-evidence-title = اختبار إمكانية الوصول بتاريخ { $date } ({ $address }): { $outcome }
maturity-col-phase = مرحلة الإنشاء
maturity-error-parameter-level = { $parameter }: «{ $value }» ليس مستوى: اختر 0 أو 1 أو 2 أو 3 أو 4 أو لا ينطبق.
maturity-error-parameter-twice = ورد { $parameter } أكثر من مرة: أرسل كل معيار مرة واحدة.
maturity-evidence-upload = أو ملف
maturity-evidence-upload-hint = أدخل عنوان ويب أو رسالة تحقق أو ملفًا: PDF أو مستند مكتبي أو صورة أو نص، بحد أقصى { $size } ميغابايت. تُرفض صفحات الويب وأي ترميز آخر.
maturity-error-evidence-one-source = أدخل ملفًا أو عنوان ويب أو رسالة تحقق، واحدًا فقط.
maturity-error-evidence-field = حقل غير معروف «{ $field }»: استخدم parameter أو title أو url أو ping أو file أو issued أو expires.
maturity-sheet-group = المجموعة
maturity-sheet-name = الاسم المختصر
maturity-sheet-evidence = الأدلة (العنوان: المكان (التاريخ ← المراجعة قبل))
maturity-export-link = تنزيل كمصنف (XLSX)
maturity-import-link = استيراد مستويات الفريق من مصنف
maturity-import-title = استيراد التقييم الذاتي للتقييم { $id }
maturity-import-back = العودة إلى التقييم
maturity-import-nothing-applied = لم يُطبَّق أي شيء. صحّح في المصنف كل خلية مذكورة هنا، ثم اقرأه مرة أخرى.
maturity-import-preview = ما يغيّره المصنف
maturity-import-changes = التغييرات على مستويات الفريق وملاحظاته
maturity-import-from = الآن
maturity-import-to = في المصنف
maturity-import-note-same = دون تغيير
maturity-import-upload = قراءة مصنف
maturity-import-hint = استخدم مصنف هذا التقييم: لا يُقرأ إلا المعيار (العمود A) ومستوى الفريق (D) والملاحظة (E). المستويات من 0 إلى 4 أو لا ينطبق، وتُترك فارغة إن لم تُقيَّم. لا يُطبَّق شيء قبل أن تؤكد المعاينة.
maturity-import-file = المصنف (.xlsx)
maturity-import-read = معاينة التغييرات
maturity-import-error-no-parameter = { $cell }: أدخل معرّف المعيار لهذا الصف.
maturity-import-error-parameter = { $cell }: «{ $value }» ليس معيارًا في إطار هذا التقييم.
maturity-import-error-duplicate = { $cell }: { $parameter } موجود بالفعل في الصف { $row }.
maturity-import-error-level = { $cell }: المستوى «{ $value }» ليس على السلم 0–4 أو لا ينطبق.
maturity-import-error-too-long = { $cell }: ملاحظة { $parameter } أطول من 10000 حرف.
maturity-import-error-file = تعذّرت قراءة الملف كمصنف: { $detail }
maturity-import-error-empty = لا تحتوي الورقة على صفوف معايير: املأ المصنف المُصدَّر من هذا التقييم.
maturity-import-error-no-file = اختر المصنف المراد قراءته.
maturity-import-errors = { $count ->
    [zero] لا توجد مشكلات في المصنف
    [one] مشكلة واحدة في المصنف
    [two] مشكلتان في المصنف
    [few] { $count } مشكلات في المصنف
    [many] { $count } مشكلة في المصنف
   *[other] { $count } مشكلة في المصنف
}
maturity-import-summary = { $count ->
    [0] { $file }: لا يغيّر المصنف شيئًا.
    [zero] { $file }: لا يغيّر المصنف شيئًا.
    [one] { $file }: تغيير واحد على مستويات الفريق وملاحظاته.
    [two] { $file }: تغييران على مستويات الفريق وملاحظاته.
    [few] { $file }: { $count } تغييرات على مستويات الفريق وملاحظاته.
    [many] { $file }: { $count } تغييرًا على مستويات الفريق وملاحظاته.
   *[other] { $file }: { $count } تغيير على مستويات الفريق وملاحظاته.
}
maturity-import-apply = { $count ->
    [zero] لا توجد تغييرات لتطبيقها
    [one] تطبيق التغيير
    [two] تطبيق التغييرين
    [few] تطبيق { $count } تغييرات
    [many] تطبيق { $count } تغييرًا
   *[other] تطبيق { $count } تغيير
}
maturity-error-control-field = يحتوي نص { $parameter } على محرف تحكم: احذفه.
establishment-error-field = حقل غير معروف «{ $field }»: استخدم kind أو phase أو title أو issued أو url أو file.

## The after-action report of a drill (crates/report/src/drill.rs, crates/drill/src/report.rs)
drill-report-title = { $title }: تقرير ما بعد التمرين
drill-report-source = التمرين { $id }، { $date } · { $tlp }
drill-report-copy-full = التقرير الكامل: نتائج جميع الفرق. نتائج كل فريق سرية، لا يطلع عليها إلا الفريق والجهة المضيفة وأمانة البرنامج.
drill-report-copy-team = نسخة { $team }: نتائج هذا الفريق وحده، سرية لا يطلع عليها إلا الفريق والجهة المضيفة وأمانة البرنامج.
drill-report-copy-public = التقرير العام: النتائج الإجمالية، منشورة بموافقة الجهة المضيفة. لا يُذكر اسم أي فريق.
drill-report-summary = ملخص
drill-report-drill = التمرين
drill-report-level = المستوى
drill-report-level-national = وطني
drill-report-level-regional = إقليمي
drill-report-level-global = عالمي
drill-report-mode = النمط
drill-report-mode-tabletop = تمرين مكتبي
drill-report-mode-hybrid = مختلط
drill-report-mode-strategy = استراتيجي
drill-report-time-zone = المنطقة الزمنية
drill-report-languages = اللغات
drill-report-start = البداية
drill-report-end = النهاية
drill-report-scenario = السيناريو
drill-report-version = إصدار السيناريو
drill-report-tlp = TLP
drill-report-licence = الترخيص
drill-report-timeline = الجدول الزمني
drill-report-planned = الوقت المخطط
drill-report-released = وقت الإرسال (وقت التمرين)
drill-report-inject-title = العنوان
drill-report-results = النتائج حسب الفريق
drill-report-expectation = الإجراء المتوقع
drill-report-verdicts = التقييمات
drill-report-expected = الدرجة المتوقعة
drill-report-met = تحقق
drill-report-not-met = لم يتحقق
drill-report-not-evaluated = لم يُقيَّم
drill-report-confidential = سري: نتائج كل فريق لا يطلع عليها إلا الفريق والجهة المضيفة وأمانة البرنامج.
drill-report-aggregate = النتائج الإجمالية
drill-report-responses = الردود
drill-report-mean = متوسط الدرجات
drill-report-min = أدنى درجة
drill-report-max = أعلى درجة
drill-report-share = نسبة الفرق (%)
drill-report-strengths = نقاط القوة
drill-report-gaps = الثغرات
drill-report-improvements = خطة التحسين
drill-report-lessons = الدروس المستفادة
drill-report-none = لا شيء.
drill-report-issue = المشكلة
drill-report-question = السؤال
drill-report-answer = الإجابة
drill-report-anonymous = مجهول الهوية
drill-report-heading = تقرير ما بعد التمرين
drill-report-pdf = PDF
drill-report-xlsx = مصنف (XLSX)
drill-report-own = تقرير ما بعد التمرين لفريقك (PDF)
nav-drill-results = نتائج التمارين
drill-public-title = نتائج تمارين CyberDrill
drill-public-explained = النتائج المجمّعة لتمارين CyberDrill التي وافق مضيفها على نشرها. لا يُذكر اسم أي فريق: تبقى نتائج كل فريق لدى ذلك الفريق والمضيف وأمانة البرنامج.
drill-public-none = لم تُنشر أي نتائج تمارين بعد.
drill-public-list = التمارين المنشورة، الأحدث أولاً
drill-public-copy = النسخة العامة من تقرير ما بعد التمرين: مجموع كل الفرق، دون ذكر اسم أي فريق.
drill-public-shares = نسبة الفرق التي قُيّمت واستوفت كل توقع
drill-public-evaluated = الفرق التي قُيّمت
# Issue 18: planning on the web, teams, improvement plan, lessons, documents, programme
drill-new-title = تخطيط تمرين
drill-new-no-scenario = لا يوجد سيناريو محفوظ بعد. استورد سيناريو عبر سطر الأوامر (cyberindex drill import).
drill-new-host-team = الفريق الذي يدير موظفوه التمرين
drill-new-no-host-team = لا أحد: الأمانة وحدها
drill-new-host-team-hint = يمكن لموظفي هذا الفريق من الدليل تشغيل لوحة التمرين إلى جانب الأمانة.
drill-new-time-zone = المنطقة الزمنية
drill-new-time-zone-hint = UTC، أو فرق عنه مثل UTC+03:00. يُكتب موعد البدء أدناه بهذه المنطقة الزمنية.
drill-new-start = موعد البدء المخطط
drill-new-languages = اللغات
drill-new-languages-hint = رموز اللغات مفصولة بفواصل، مثل en,fr. اتركه فارغًا لكل لغات السيناريو.
drill-new-public-results = توافق الجهة المضيفة على نشر النتائج المجمعة
drill-new-create = إنشاء التمرين
drill-col-level = المستوى
drill-col-mode = الصيغة
drill-level-national = وطني
drill-level-regional = إقليمي
drill-level-global = عالمي
drill-mode-tabletop = تمرين مكتبي
drill-mode-hybrid = هجين
drill-mode-strategy = استراتيجي
drill-error-new-field = حقل غير معروف «{ $field }»: استخدم scenario أو title أو level أو mode أو host أو host_team أو time_zone أو start أو languages أو public_results.
drill-error-new-scenario = اختر نسخة من سيناريو.
drill-error-new-level = اختر وطنيًا أو إقليميًا أو عالميًا.
drill-error-new-mode = اختر تمرينًا مكتبيًا أو هجينًا أو استراتيجيًا.
drill-error-new-start = «{ $value }» ليس موعد بدء: اكتب تاريخًا ووقتًا، مثل 2026-12-10T09:00.
drill-team-add = إضافة فريق
drill-team-choose = اختر فريقًا من الدليل
drill-team-roles = الأدوار في السيناريو
drill-team-roles-hint = يصل المُدخَل الموجه إلى دور ما إلى الفرق التي تؤديه؛ وتصل المُدخَلات الموجهة إلى جميع الفرق إلى كل فريق.
drill-team-consent = يوافق الفريق على تقديم نتائجه دليلًا في تقييم النضج التالي
drill-team-consent-hint = عندئذ فقط تُعرض على تقييمه درجاته في التوقعات المرتبطة بمعايير النضج.
drill-team-add-button = إضافة الفريق
drill-error-team-field = حقل غير معروف «{ $field }»: استخدم team أو roles أو consent.
drill-error-team-missing = اختر فريقًا.
drill-error-team-role = «{ $role }» ليس دورًا في هذا السيناريو: اختر من بين { $roles }.
drill-improvements = خطة التحسين
drill-improvements-explained = ما ستغيره الفرق والجهة المضيفة بعد التمرين: كل مشكلة مع إجرائها ومسؤولها وموعدها النهائي ومعيار النضج الذي تخدمه.
drill-improvements-none = خطة التحسين فارغة.
drill-improvement-issue = المشكلة
drill-improvement-action = الإجراء
drill-improvement-owner = المسؤول
drill-improvement-due = الموعد النهائي
drill-improvement-parameter = معيار النضج
drill-improvement-no-parameter = لا شيء
drill-improvement-status = الحالة
drill-improvement-save = حفظ البند
drill-improvement-new = إضافة بند
drill-improvement-add = إضافة إلى الخطة
drill-error-improvement-team = «{ $team }» لا يشارك في هذا التمرين.
drill-error-improvement-parameter = «{ $parameter }» غير مرتبط بهذا السيناريو: اختر من بين { $parameters }.
drill-lessons = الدروس المستفادة
drill-lessons-none = لا توجد إجابات عن استبيان الدروس بعد.
drill-lessons-explained = أجب عن الأسئلة التي تريدها؛ تُترك الإجابات الفارغة.
drill-lessons-sent = شكرًا: سُجلت إجاباتك.
drill-lessons-anonymous = الإجابة دون ذكر الاسم
drill-lessons-anonymous-hint = عندئذ لا يُحفظ اسم فريقك مع الإجابات ولا في سجل التدقيق.
drill-lessons-send = إرسال الإجابات
drill-lesson-question = السؤال
drill-lesson-answer = الإجابة
drill-lesson-by = من
drill-lesson-anonymous = دون اسم
drill-lesson-went-well = ما الذي نجح في استجابة فريقك؟
drill-lesson-went-badly = ما الذي لم ينجح أو استغرق وقتًا طويلًا؟
drill-lesson-procedures = أي إجراءات أو جهات اتصال ستغيرها؟
drill-lesson-missing = ما المهارات أو الأدوات أو المعلومات التي كانت ناقصة؟
drill-lesson-next = ما الذي ينبغي أن يختلف في التمرين القادم؟
drill-error-lesson-field = حقل غير معروف «{ $field }»: أجب عن أسئلة النموذج.
drill-response-document = أو أرفق مستندًا
drill-response-hint = اكتب ردًا، أو أرفق مستندًا (PDF أو مستند مكتبي أو صورة أو نص)، أو كليهما.
drill-response-unsent = ردّك، لم يُرسَل (انسخه للاحتفاظ به):
drill-error-response-field = حقل غير معروف «{ $field }»: استخدم inject أو expectation أو text أو file.
drill-programme-title = برنامج التمارين
drill-programme-explained = كل تمرين مع البلدان والفرق المشاركة ونسبة المشاركة والنتيجة المجمعة. اختر بلدًا لترى سجل مشاركته.
drill-programme-year = السنة
drill-programme-all-years = كل السنوات
drill-programme-country = سجل بلد
drill-programme-no-country = لا بلد
drill-programme-history = { $country }: التمارين التي شارك فيها
drill-programme-history-none = لم يشارك أي فريق من هذا البلد في تمرين.
drill-programme-summary = عدد التمارين: { $count }
drill-programme-participation = استجاب { $responded } من { $teams } فرق
drill-programme-score = المتوسط { $score } (الهدف { $target })
drill-programme-team-score = { $team }: { $score } (الهدف { $target })
drill-col-countries = البلدان
drill-col-participation = المشاركة
drill-col-mean-score = النتيجة المجمعة
drill-error-year = «{ $value }» ليست سنة: اكتب أربعة أرقام، مثل 2026.
drill-error-country = «{ $value }» ليس رمز بلد: استخدم رمز ISO 3166 alpha-3، مثل KEN.
maturity-drill-offers = نتائج تمارين CyberDrill التي وافق الفريق على تقديمها:
maturity-drill-offer = { $drill } ({ $date }): { $score } مقابل هدف { $target } في { $count } توقعات
maturity-drill-evidence-title = تمرين CyberDrill «{ $drill }» بتاريخ { $date }: { $score } مقابل هدف { $target } في { $count } توقعات مرتبطة بهذا المعيار
maturity-error-drill-offer = نتيجة تمرين CyberDrill هذه غير معروضة لهذا المعيار: لم ينتهِ التمرين، أو لم يوافق الفريق على عرضها، أو أن تقريرها مرفق بالفعل. أعد تحميل الصفحة لترى ما هو معروض.
