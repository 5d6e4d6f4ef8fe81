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
evidence-required-tag = يلزم تقديم أدلة داعمة
prefilled-secretariat = عبّأتها الأمانة مسبقًا استنادًا إلى مصادر عامة. يُرجى تأكيدها أو تصحيحها.
prefilled-carried-forward = منقولة من الإصدار السابق. يُرجى تأكيدها أو تصحيحها.
guidance = إرشادات
evidence-expected = الأدلة الداعمة المتوقعة:
not-answered = لم تتم الإجابة
field-number = العدد
field-url = عنوان الموقع الإلكتروني
field-date = التاريخ
field-text = الإجابة
field-comment = تعليق (اختياري)
save-answer = حفظ الإجابة
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
error-locked-text = لقد قُدِّم للمراجعة.
error-problem = توجد مشكلة
