# cyberindex interface: Russian (translated from the English reference, locales/en/main.ftl).
# Keys are grouped by page. Keep each message a whole sentence or label; never build sentences
# from pieces in code.

## Layout
skip-to-content = Перейти к основному содержанию
demo-banner = Демонстрационные данные: это не настоящие оценки.
nav-label = Главное меню
nav-editions = Выпуски
nav-users = Пользователи
nav-outbox = Исходящие
nav-my-responses = Мои вопросники
nav-account = Учётная запись
nav-sign-in = Войти
nav-sign-out = Выйти
language-label = Язык
footer-text = cyberindex: открытое программное обеспечение для национальных программ в области потенциала кибербезопасности.
back-home = Вернуться на главную страницу
yes = Да
no = Нет

## Home
home-title = Национальная программа в области потенциала кибербезопасности
home-intro = Здесь страны заполняют вопросник, секретариат рассматривает каждый ответ совместно с ними, а подтверждённые результаты публикуются.
home-nothing-published = Результаты пока не опубликованы.
published-notice = Версия { $version } результатов опубликована.
published-open = Открыть опубликованные результаты
home-all-results = Все опубликованные результаты
nav-results = Результаты
my-responses-title = Мои вопросники
my-responses-none = Сейчас для вас нет открытых вопросников.
col-edition = Выпуск
col-country = Страна
col-status = Статус
col-deadline = Крайний срок
col-framework = Рамочная основа
col-opens = Открытие
col-countries = Страны
col-state = Состояние
col-actions = Действия
col-complete = Заполнено
col-last-activity = Последняя активность

## Sign in
login-title = Вход
field-email = Адрес электронной почты
field-password = Пароль
login-submit = Войти
login-forgot = Забыли пароль?
login-failed = Неверный адрес электронной почты или пароль. Проверьте оба значения и повторите попытку.
totp-code-title = Код аутентификации
field-totp-code = Шестизначный код
totp-code-help = Откройте приложение-аутентификатор и введите код, который оно показывает для cyberindex.
totp-code-submit = Продолжить
totp-code-wrong = Код неверен или срок его действия истёк. Введите код, который приложение показывает сейчас.

## Passwords and links
field-new-password = Новый пароль
field-confirm-password = Введите новый пароль ещё раз
password-help = Не менее 12 символов. Надёжный пароль можно составить из нескольких не связанных между собой слов.
set-password-submit = Задать пароль
password-too-short = Пароль слишком короткий: используйте не менее 12 символов.
password-common = Этот пароль входит в 10 000 самых распространённых паролей, которые злоумышленники пробуют первыми. Выберите другой: несколько не связанных между собой слов подряд дают длинный и легко запоминающийся пароль.
password-common-variant = Этот пароль — очень распространённый пароль с добавленными цифрами или символами, такие варианты злоумышленники тоже пробуют первыми. Выберите другой: несколько не связанных между собой слов подряд дают длинный и легко запоминающийся пароль.
password-repetitive = Этот пароль повторяет короткий шаблон или содержит слишком мало разных символов, поэтому его легко угадать. Выберите другой: несколько не связанных между собой слов подряд дают длинный и легко запоминающийся пароль.
password-mismatch = Пароли не совпадают. Введите их ещё раз.
invitation-title = Добро пожаловать в cyberindex
invitation-intro = Выберите пароль, чтобы завершить настройку учётной записи. Эта ссылка действует только один раз.
reset-title = Сброс пароля
reset-intro = Введите адрес электронной почты вашей учётной записи. Мы отправим вам ссылку для выбора нового пароля.
reset-submit = Отправить ссылку
reset-sent = Если с этим адресом связана учётная запись, на него отправлена ссылка для сброса пароля. Ссылка действует один раз в течение одних суток.
reset-confirm-title = Выберите новый пароль
reset-confirm-intro = Выберите новый пароль для своей учётной записи. Он также понадобится для входа с других устройств.

## Account
account-title = Ваша учётная запись
totp-title = Двухфакторная аутентификация
totp-on = Двухфакторная аутентификация включена: при входе запрашивается код из вашего приложения.
totp-disable = Отключить двухфакторную аутентификацию
totp-required = Для вашей роли требуется двухфакторная аутентификация. Настройте её, чтобы продолжить.
totp-setup-intro = Отсканируйте этот код приложением-аутентификатором (или введите указанный ниже ключ), а затем введите шестизначный код, который оно покажет.
totp-qr-alt = QR-код для добавления cyberindex в приложение-аутентификатор
totp-secret-label = Ключ:
totp-enable = Включить двухфакторную аутентификацию
tokens-title = Токены API
tokens-intro = Скрипты используют персональный токен в заголовке "Authorization: Bearer TOKEN". Токен действует с вашими правами; отзовите его, когда он станет не нужен.
tokens-new = Скопируйте новый токен сейчас: он больше не будет показан.
tokens-none = У вас нет токенов.
tokens-name = Название токена
tokens-created = Создан
tokens-last-used = Последнее использование
tokens-state = Состояние
tokens-revoke = Отозвать
tokens-revoked = Отозван
tokens-create = Создать токен

## Roles and statuses
role-admin = Администратор секретариата
role-reviewer = Проверяющий
role-focal-point = Координатор
role-contributor = Участник
role-observer = Наблюдатель
status-not-started = Не начато
status-in-progress = В работе
status-submitted = Представлено
status-in-review = На рассмотрении
status-validated = Подтверждено

## Editions
editions-title = Выпуски
editions-new = Новый выпуск
editions-none = Выпусков пока нет.
editions-archive = Архивировать
editions-create = Создать выпуск
edition-open = Открыт
edition-archived = В архиве
edition-field-id = Идентификатор выпуска
edition-field-id-help = Строчные латинские буквы, цифры и дефисы, например 2026. Идентификатор используется в веб-адресах и не может быть изменён.
edition-field-name = Название
edition-field-framework = Рамочная основа
edition-field-framework-file = Или загрузите файл рамочной основы (TOML)
edition-field-opens = Дата открытия
edition-field-deadline = Крайний срок
edition-field-countries = Страны-участницы
edition-field-countries-help = Укажите "all", чтобы включить все страны из основного списка, или перечислите коды ISO 3166-1 alpha-3 через запятую.
edition-field-carry-forward = Перенести ответы из выпуска
edition-carry-forward-none = Не переносить ответы
edition-field-carry-forward-help = Ответы каждой страны из этого выпуска будут заполнены заранее, помечены как перенесённые и должны быть подтверждены страной.
form-errors = Исправьте, пожалуйста, следующие ошибки

## Dashboard
dashboard-title = Панель мониторинга
dashboard-summary = Крайний срок: { $deadline }. Рамочная основа: { $framework }.
dashboard-filters = Отбор стран
dashboard-region = Регион МСЭ
dashboard-status = Статус
dashboard-all = Все
dashboard-apply = Применить фильтры
dashboard-caption = { $count ->
    [one] { $count } страна
    [few] { $count } страны
    [many] { $count } стран
   *[other] { $count } страны
}

## Workspace
workspace-status = Статус:
workspace-deadline = Крайний срок:
readonly-submitted = Этот ответ на вопросник представлен, и изменить его больше нельзя.
readonly-viewer = Вы можете просматривать этот ответ на вопросник, но не можете его изменять.
progress-title = Ход заполнения
progress-pillar = Направление
progress-answered = Отвечено
progress-evidence-missing = Нет подтверждающих материалов
progress-total = Все направления
questions-count = { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
    [many] { $count } вопросов
   *[other] { $count } вопроса
}
autosave-saving = Сохранение…
autosave-saved = Все изменения сохранены.
autosave-offline = Ещё не сохранено: соединение прервано. Ваш ответ хранится на этом устройстве и будет сохранён, когда соединение восстановится.
autosave-error = Не удалось сохранить этот ответ. Прочитайте сообщение рядом с ним.
autosave-conflict = Пока вы редактировали этот ответ, его изменил другой пользователь. Выберите, какое значение сохранить.
conflict-title = Этот ответ изменён другим пользователем
conflict-intro = Пока вы редактировали, другой пользователь сохранил этот ответ. Выберите, какое значение сохранить.
conflict-theirs = Значение другого пользователя
conflict-mine = Ваше значение
conflict-keep-theirs = Оставить значение другого пользователя
conflict-use-mine = Сохранить вместо него моё значение
conflict-empty = (нет ответа)
# carry-forward (issue 14 item 7)
confirm-pillar-button = { $count ->
    [one] Подтвердить { $count } неизменённый ответ в разделе «{ $pillar }»
    [few] Подтвердить { $count } неизменённых ответа в разделе «{ $pillar }»
    [many] Подтвердить { $count } неизменённых ответов в разделе «{ $pillar }»
   *[other] Подтвердить { $count } неизменённого ответа в разделе «{ $pillar }»
}
confirm-pillar-hint = { $count ->
    [one] { $count } ответ в этом разделе был заполнен за вас заранее и не изменялся. Если он по-прежнему верен, подтвердите его одним действием. Подтверждение записывается в журнал аудита.
    [few] { $count } ответа в этом разделе были заполнены за вас заранее и не изменялись. Если они по-прежнему верны, подтвердите их все одним действием. Каждое подтверждение записывается в журнал аудита.
   *[other] { $count } ответов в этом разделе были заполнены за вас заранее и не изменялись. Если они по-прежнему верны, подтвердите их все одним действием. Каждое подтверждение записывается в журнал аудита.
}
confirm-pillar-done = { $count ->
    [0] В разделе «{ $pillar }» нечего подтверждать.
    [one] Подтверждён { $count } ответ в разделе «{ $pillar }».
    [few] Подтверждено { $count } ответа в разделе «{ $pillar }».
   *[other] Подтверждено { $count } ответов в разделе «{ $pillar }».
}
confirm-pillar-next = { $count ->
    [one] Далее: { $count } неизменённый ответ ждёт подтверждения в разделе «{ $pillar }»
    [few] Далее: { $count } неизменённых ответа ждут подтверждения в разделе «{ $pillar }»
   *[other] Далее: { $count } неизменённых ответов ждут подтверждения в разделе «{ $pillar }»
}
evidence-carried-from = Перенесено из { $edition }
conflict-changed-by = Изменено: { $who }, { $when }.
conflict-changed-at = Изменено: { $when }.
evidence-required-tag = Требуются подтверждающие материалы
prefilled-secretariat = Предварительно заполнено секретариатом на основе открытых источников. Пожалуйста, подтвердите или исправьте эти данные.
prefilled-carried-forward = Перенесено из предыдущего выпуска. Пожалуйста, подтвердите или исправьте эти данные.
guidance = Пояснения
evidence-expected = Ожидаемые подтверждающие материалы:
not-answered = Нет ответа
field-number = Число
number-hint-whole = Целое число
number-hint-min = { $min } или больше
number-hint-max = { $max } или меньше
number-hint-range = От { $min } до { $max }
text-hint-max-length = Не более { $max } символов
field-url = Веб-адрес
field-date = Дата
field-text = Ответ
field-comment = Комментарий (необязательно)
save-page = Сохранить ответы на этой странице
evidence-title = Подтверждающие материалы
evidence-none = Подтверждающие материалы ещё не приложены.
evidence-public = общедоступно
evidence-confidential = конфиденциально
evidence-delete = Удалить
evidence-link = ссылка
evidence-add = Приложить подтверждающий материал
evidence-field-title = Название документа
evidence-field-url = Веб-адрес подтверждающего материала
evidence-field-file = Или файл
evidence-upload-hint = Укажите веб-адрес или выберите файл (PDF, офисный документ, изображение или текст) размером до { $size } MB.
evidence-field-language = Язык документа
evidence-language-other = Другой язык
evidence-field-date = Дата документа
evidence-field-public = Можно опубликовать вместе с результатами
evidence-add-submit = Приложить

## Submit
submit-review-link = Проверить и представить
submit-title = Проверить и представить
submit-summary = Вопросов с ответами: { $answered } из { $relevant }.
submit-unanswered = Вопросы без ответа
submit-no-evidence = Ответы без требуемых подтверждающих материалов
submit-none = Нет.
submit-confirm = Подтверждаю, что ответы проверены и, насколько мне известно, являются полными и правильными.
submit-button = Представить ответ на вопросник
submit-focal-only = Представить ответ на вопросник может только координатор страны.
submit-back = Вернуться к вопроснику

## Users and outbox
users-title = Пользователи
users-invite = Пригласить пользователя
users-invite-submit = Отправить приглашение
users-invited = Приглашение создано. Ссылка ниже отправлена по электронной почте (или находится в разделе «Исходящие»); она действует только один раз.
users-list = Все пользователи
users-2fa = Двухфакторная аутентификация
users-last-login = Последний вход
field-name = Имя
field-role = Роль
field-country = Страна
field-country-help = Обязательно для координаторов и участников.
field-observed = Страны для наблюдения
field-observed-help = Для наблюдателей: коды ISO 3166-1 alpha-3 через запятую.
outbox-title = Исходящие
outbox-intro-smtp = Все сообщения, отправляемые системой, с состоянием их доставки.
outbox-intro-no-smtp = Электронная почта не настроена, поэтому сообщения хранятся здесь. Перешлите ссылки соответствующим адресатам.
outbox-empty = Сообщений нет.
outbox-sent = отправлено
outbox-not-sent = не отправлено
outbox-failed = ошибка отправки

## Errors
error-not-found = Страница не найдена
error-not-found-text = Эта страница не существует, или у вас нет к ней доступа.
error-unauthorized = Сначала войдите в систему
error-unauthorized-text = Войдите в систему, чтобы продолжить.
error-rate-limited = Слишком много попыток
error-rate-limited-text = Подождите минуту и повторите попытку.
error-cross-site = Запрос отклонён
error-cross-site-text = Запрос поступил не с этого сайта. Вернитесь назад, обновите страницу и повторите попытку.
error-internal = Произошла ошибка
error-internal-text = Ошибка зарегистрирована. Повторите попытку чуть позже; если ошибка повторяется, сообщите об этом в секретариат.
error-locked = Этот ответ на вопросник больше нельзя изменить
error-problem = Возникла проблема
error-closed = Эта часть ответа на вопросник закрыта для изменений

## Review and validation
status-returned = Возвращено на доработку
nav-notifications = Уведомления
nav-webhooks = Веб-хуки
nav-audit = Журнал аудита
queue-title = Очередь рассмотрения
queue-caption = { $count ->
    [one] { $count } ответ на вопросник
    [few] { $count } ответа на вопросник
    [many] { $count } ответов на вопросник
   *[other] { $count } ответа на вопросник
}
queue-all-review = Представленные и на последующих этапах
queue-reviewer = Проверяющий
queue-mine = Назначенные мне
queue-unassigned = Без назначенного проверяющего
queue-due = Крайний срок
queue-overdue = Просроченные
queue-week = Срок истекает в течение 7 дней
queue-deadline = Крайний срок
queue-submitted = Дата представления
review-title = Рассмотрение
review-round = Цикл
review-round-deadline = ответить до
review-country-view = Страница страны
review-actions = Ответ на вопросник
review-summary = Заданные вопросы, ещё не принятые: { $blocking }. Показано вопросов: { $shown }.
review-validate = Отметить как подтверждённый
review-validate-blocked = Прежде чем ответ на вопросник можно будет подтвердить, каждый заданный вопрос должен быть принят в его текущей редакции.
review-return = Вернуть стране
review-return-deadline = Крайний срок для этого цикла
review-return-message = Сообщение для страны (необязательно)
review-return-submit = Вернуть и открыть новый цикл
review-reopen = Повторно открыть подтверждённый ответ на вопросник
review-reopen-reason = Причина (сохраняется в журнале аудита)
review-reopen-submit = Открыть повторно
review-filter = Показываемые вопросы
review-show-all = Все вопросы
review-show-open = Ещё не принятые
review-show-changed = Изменённые после последнего цикла
review-none-shown = Подходящих вопросов нет.
review-accepted-tag = Принято
review-not-asked = Не задавался
review-answer = Ответ
review-history = Решения
review-outdated = с тех пор ответ изменён
review-proposed = Предлагаемое значение
review-decision = Решение по итогам рассмотрения
review-comment = Комментарий для страны
review-comment-hint = Обязательно при запросе разъяснений или отклонении.
review-decide = Сохранить решение
decision-accept = Принять
decision-clarify = Запросить разъяснения
decision-reject = Отклонить
diff-caption = Изменения по сравнению с циклом
diff-field = Поле
diff-before = До
diff-after = После
diff-value = Ответ
diff-comment = Комментарий
diff-evidence = Подтверждающие материалы
thread-title = Обсуждение со страной
thread-empty = Сообщений пока нет.
thread-write = Написать сообщение
thread-send = Отправить сообщение
notes-title = Заметки проверяющих
notes-explained = Эти заметки видит только секретариат; страна их никогда не видит.
notes-write = Написать заметку
notes-send = Сохранить заметку
needs-action = Требуются ваши действия
round-title = Цикл рассмотрения
round-explained = Проверяющие вернули ответ на новый цикл. Ответьте на их замечания и на все ещё открытые вопросы, затем представьте ответ повторно. Зафиксированы только принятые ответы.
scores-title = Баллы
scores-caption = Предварительные и официальные баллы
score-overall = Итого
score-provisional = Предварительный балл
score-official = Официальный балл
scores-explained = Предварительный балл рассчитывается по текущим ответам. Официальный балл учитывает только ответы, принятые проверяющими; остальные считаются оставленными без ответа.
provenance-country = предоставлено страной
provenance-secretariat = подготовлено секретариатом
provenance-carried-forward = перенесено
outcome-confirmed = подтверждено страной
outcome-corrected = исправлено страной
outcome-kept-by-policy = сохранено согласно правилу крайнего срока
outcome-dropped-by-policy = исключено согласно правилу крайнего срока
outcome-unconfirmed = ещё не подтверждено
prefilled-confirm = Подтвердить этот ответ без изменений
assign-title = Проверяющие
assign-none = Проверяющий не назначен: уведомления получают все проверяющие.
assign-whole = Весь ответ на вопросник
assign-reviewer = Проверяющий
assign-pillar = Направление
assign-add = Назначить
assign-remove = Удалить
desk-explained = Страна не представила ответ на вопросник. Секретариат может подготовить ответы на основе открытых источников; затем страна подтверждает или исправляет их.
desk-draft = Подготовить ответ на основе открытых источников
desk-source = Источник (обязательно)
desk-save = Сохранить проект
desk-send = Попросить страну подтвердить проекты ответов
desk-policy-title = Кабинетное исследование по истечении крайнего срока
desk-policy-explained = Что происходит с подготовленными ответами, которые страна не подтвердила и не исправила к крайнему сроку. При применении правила для каждого такого ответа фиксируется итог, а соответствующие ответы на вопросник направляются на рассмотрение.
desk-policy-label = Правило
desk-policy-keep = Сохранить проект в качестве ответа
desk-policy-drop = Исключить проект (без ответа)
desk-policy-save = Сохранить правило
desk-policy-apply = Применить правило сейчас
audit-title = Журнал аудита
audit-caption = { $count ->
    [one] { $count } запись, сначала новые
    [few] { $count } записи, сначала новые
    [many] { $count } записей, сначала новые
   *[other] { $count } записи, сначала новые
}
audit-question = Вопрос
audit-user = Пользователь (адрес электронной почты)
audit-action = Действие
audit-object = Объект
audit-when = Дата и время
audit-reason = Причина
audit-csv = Скачать в формате CSV
notifications-title = Уведомления
notifications-none = Уведомлений нет.
notifications-new = Новые:
notifications-mark-read = Отметить все как прочитанные
notify-status = { $country }: статус ответа на вопросник изменён на «{ $status }»
notify-message = { $country }: новое сообщение по вопросу { $question }
notify-drafts = { $country }: секретариат подготовил ответы, которые необходимо подтвердить или исправить
notify-open = Открыть
webhooks-title = Веб-хуки
webhooks-explained = При каждом изменении статуса ответа на вопросник на каждый из указанных ниже адресов отправляется подписанное сообщение в формате JSON. Заголовок X-Cyberindex-Signature содержит sha256= и HMAC-SHA256 тела запроса, вычисленный с использованием секрета этого адреса. Неудавшиеся доставки повторяются с увеличивающимся интервалом.
webhooks-secret-once = Секрет подписи (показывается только один раз) для адреса
webhooks-none = Веб-хуков нет.
webhooks-url = Адрес
webhooks-add = Добавить веб-хук
webhooks-disable = Отключить
webhooks-log = Доставки
webhooks-event = Событие
webhooks-attempts = Попытки
webhooks-outcome = Результат
webhook-delivered = доставлено { $when }
webhook-retrying = повторная попытка { $when } ({ $error })
webhook-failed = попытки прекращены ({ $error })
scores-counted = учтённых ответов

## Error messages
error-conflict-text = Ответ изменён другим пользователем.
error-locked-status = Ответ на вопросник имеет статус «{ $status }» и больше не может быть изменён.
error-admins-only = Эта функция доступна только администраторам секретариата.
error-secretariat-only = Эта функция доступна только секретариату.
error-audit-readers = Журнал аудита доступен только секретариату и странам.
error-dashboard-readers = Панель мониторинга доступна только секретариату и наблюдателям.
error-country-write = Изменять ответы страны могут только её координатор и участники.
error-submit-focal = Представить ответ на вопросник может только координатор страны.
error-review-secretariat = Рассмотрение выполняет только секретариат.
error-observers-read-only = Наблюдатели могут читать обсуждения, но не могут писать в них.
error-reopen-admin = Повторно открыть подтверждённый ответ на вопросник может только администратор секретариата.
error-notes-secretariat = Заметки проверяющих доступны только секретариату.
error-totp-code-first = Сначала введите код аутентификации.
error-totp-enrol-first = Сначала настройте двухфакторную аутентификацию: она требуется для вашей роли.
error-totp-required = Для вашей роли требуется двухфакторная аутентификация.
error-body-too-large = Тело запроса превышает 1 MB.
error-json-invalid = Недопустимое тело запроса: { $detail }
error-form-unreadable = Не удалось прочитать форму: { $detail }
error-field-unknown = Неизвестное поле «{ $field }».
error-comment-too-long = Комментарий длиннее 10 000 символов.
error-message-too-long = Сообщение длиннее 10 000 символов.
error-message-empty = Сообщение пустое: сначала напишите текст.
error-write-message = Сначала напишите сообщение.
error-value-option = «{ $value }» — не вариант ответа на этот вопрос: используйте один из вариантов { $options } или оставьте поле пустым.
error-value-options = «{ $value }» содержит значение, которое не является вариантом ответа на этот вопрос: выберите из { $options }.
error-value-number = «{ $value }» — не число: используйте точку для десятичных дробей, например 12 или 3.5.
error-value-below = { $value } меньше { $min } — наименьшего значения, которое принимает этот вопрос.
error-value-above = { $value } больше { $max } — наибольшего значения, которое принимает этот вопрос.
error-value-whole = { $value } — не целое число: в этом вопросе нужно указать количество.
error-value-url = «{ $value }» — не веб-адрес: укажите адрес, начинающийся с http:// или https://.
error-value-date = «{ $value }» — не дата: укажите её в формате YYYY-MM-DD, например 2024-03-31.
error-value-list = Список вариантов должен содержать только идентификаторы вариантов (строки).
error-value-type = Значение должно быть идентификатором варианта, списком идентификаторов вариантов, числом, текстом или null.
error-version-number = Номер редакции должен быть целым числом.
error-version-missing = Необходимо указать редакцию, в которой был загружен ответ.
error-upload-interrupted = Загрузка прервана: { $detail }
error-file-too-large = Размер файла превышает допустимые { $size } MB.
error-file-empty = Файл пустой.
error-file-type = Файлы этого типа не принимаются: загрузите PDF, офисный документ (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt), изображение (PNG, JPEG, GIF, WebP), текстовый файл или файл CSV.
error-evidence-title = Укажите название подтверждающего материала длиной от 1 до 300 символов.
error-evidence-language = Язык должен быть одним из следующих: ar, zh, en, fr, ru, es или other.
error-evidence-field-unknown = Неизвестное поле «{ $field }»: используйте title, url, file, language, issued_on или public.
error-date-format = Укажите дату в формате YYYY-MM-DD.
error-link-or-file = Укажите либо ссылку, либо файл, но не то и другое одновременно.
error-link-or-file-missing = Укажите ссылку или выберите файл.
error-link-scheme = Ссылка должна быть адресом http:// или https://.
error-token-name = Укажите название токена длиной от 1 до 80 символов.
error-email-invalid = «{ $email }» не является адресом электронной почты.
error-role-unknown = Неизвестная роль «{ $role }»: используйте admin, reviewer, focal-point, contributor, observer или team-staff.
error-country-unknown = «{ $country }» не является кодом ISO 3166-1 alpha-3 из основного списка.
error-confirm-box = Поставьте отметку в поле подтверждения, чтобы представить ответ на вопросник.
error-framework-not-utf8 = Файл рамочной основы не является текстом в кодировке UTF-8.
error-not-accepted = Заданные вопросы, ещё не принятые в текущей редакции ({ $count }): { $questions }
error-deadline-not-date = Крайний срок «{ $deadline }» не является датой: укажите его в формате YYYY-MM-DD.
error-deadline-passed = Крайний срок { $deadline } уже прошёл: выберите сегодняшнюю дату ({ $today }) или более позднюю.
error-nothing-to-return = Ни по одному вопросу от страны ничего не требуется: сначала запросите разъяснения хотя бы по одному ответу или отклоните хотя бы один ответ.
error-decision-unknown = Неизвестное решение «{ $decision }»: используйте accept, clarify или reject.
error-comment-required = Для запроса разъяснений или отклонения необходим комментарий.
error-proposed-only-reject = Предложить значение можно только при отклонении.
error-reopen-reason = Укажите причину повторного открытия: она сохраняется в журнале аудита.
error-draft-source = Укажите в комментарии открытый источник подготовленного ответа.
error-no-drafts = Нет неподтверждённых проектов ответов для отправки.
error-choose-reviewer = Выберите проверяющего.
error-no-pillar = В этом выпуске нет направления «{ $pillar }».
error-desk-policy = Неизвестное правило «{ $policy }»: используйте keep-draft или drop-draft.
error-webhook-url = «{ $url }» не является веб-адресом: он должен начинаться с https:// или http://.
edition-error-id = Идентификатор выпуска: используйте от 1 до 40 строчных латинских букв, цифр и дефисов, например 2026.
edition-error-name = Название: укажите название выпуска.
edition-error-date = { $field ->
    [opens] Дата открытия
   *[other] Крайний срок
}: укажите дату в формате YYYY-MM-DD.
edition-error-deadline-order = Крайний срок: он не может быть раньше даты открытия.
edition-error-country = Страны: «{ $country }» не является кодом ISO 3166-1 alpha-3 из основного списка.
edition-error-framework-missing = Рамочная основа: выберите одну из поставляемых рамочных основ или загрузите свою.
edition-error-framework = Рамочная основа: в { $name } обнаружены ошибки ({ $count }); ничего не создано.
edition-error-carry-forward = Перенос ответов: выпуска «{ $edition }» не существует.
store-unsupported-url = Неподдерживаемый URL базы данных «{ $scheme }»: используйте sqlite://PATH или postgres://USER@HOST/DATABASE.
store-in-memory = База данных в памяти не поддерживается: укажите файл, например sqlite://cyberindex.db.
store-role-needs-country = Для роли «{ $role }» необходимо указать страну.
store-role-has-no-country = Для роли «{ $role }» страна не указывается.
store-duplicate-account = Учётная запись для { $email } уже существует.
store-duplicate-edition = Выпуск «{ $id }» уже существует.
store-question-closed = Вопрос { $question } не требует действий в этом цикле рассмотрения: изменять можно только вопросы, заданные проверяющими.
store-comment-required = Для решения «{ $decision }» необходим комментарий.
store-already-confirmed = Ответ на вопрос { $question } уже подтверждён.
store-assign-role = Назначать можно только проверяющих и администраторов.
error-edition-invalid = Выпуск не создан:
    { $detail }

## Publishing and the public results site
publish-title = Публикация
publish-intro = При публикации рамочная основа, подтверждённые ответы и их баллы фиксируются в виде пронумерованной версии, доступной для всех. Исправление публикуется как новая версия с описанием изменений; предыдущие версии остаются доступными.
publish-validated = { $count ->
    [one] { $count } подтверждённый ответ на вопросник
    [few] { $count } подтверждённых ответа на вопросник
    [many] { $count } подтверждённых ответов на вопросник
   *[other] { $count } подтверждённого ответа на вопросник
}
publish-licence = Лицензия на публикуемые данные
publish-change-note = Что изменилось
publish-change-note-first = Для первой версии необязательно.
publish-change-note-required = Обязательно: укажите, что меняет это исправление.
publish-submit = Опубликовать новую версию
publish-versions = Опубликованные версии
publish-none = Пока ничего не опубликовано.
publish-published = Опубликовано
error-licence-required = Укажите лицензию, на условиях которой публикуются данные.
error-publish-text-too-long = Текст лицензии или описания изменений слишком длинный.
error-change-note-required = Для исправления необходимо описание того, что изменилось.
error-nothing-to-publish = В выпуске { $edition } нет подтверждённых ответов на вопросник для публикации.
error-publish-unreadable = Не удалось повторно прочитать подтверждённые ответы: { $detail }
public-nav-results = Результаты
public-edition-nav = Страницы выпуска
public-nav-overview = Обзор
public-nav-ranking = Рейтинг
public-nav-compare = Сравнение
public-nav-methodology = Методология
public-nav-data = Открытые данные
public-version-of = Версия { $version } из { $latest }
public-published-on = опубликована { $date }
public-older-version = Это одна из предыдущих версий результатов.
public-see-latest = Перейти к последней версии.
public-change-note = Описание изменений:
public-index-title = Опубликованные результаты
public-nothing-published = Результаты пока не опубликованы.
public-version = версия { $version }
public-version-label = Версия
public-earlier-versions = Предыдущие версии:
public-count-countries = { $count ->
    [one] { $count } страна
    [few] { $count } страны
    [many] { $count } стран
   *[other] { $count } страны
}
public-overview-title = Обзор
public-countries-published = Оценено стран
public-global-average = Средний балл в мире
public-map-tier-title = Карта по уровням
public-map-score-title = Карта по баллам
public-map-show-score = Показать карту по баллам
public-map-show-tier = Показать карту по уровням
public-map-desc = Карта мира; каждая оценённая страна — ссылка на её профиль. Те же данные приведены в таблице под картой.
public-map-country = { $country }: { $score }, { $tier }
public-map-table = Карта в виде таблицы
public-legend = Условные обозначения
public-legend-score = { $band } от максимального балла
public-legend-none = Не оценивалась в этом выпуске
public-tier-distribution = Распределение стран по уровням
public-averages = Средние значения
public-by-itu-region = По регионам МСЭ
public-by-m49-region = По регионам M49 ООН
public-by-group = По группам
public-col-rank = Место
public-col-country = Страна
public-col-score = Балл
public-col-tier = Уровень
public-col-countries = Число стран
public-col-group = Группа
public-col-average = Средний балл
public-col-itu-region = Регион МСЭ
public-col-m49-region = Регион M49 ООН
public-col-pillar = Направление
public-col-region-average = Среднее по региону
public-col-max = Максимум
public-col-indicator = Показатель
public-col-missing = Без ответа
public-col-edition = Выпуск
public-col-threshold = Минимальный балл
public-col-item = Элемент
public-col-weight = Вес
public-col-scoring = Начисление баллов
public-col-file = Файл
public-col-content = Содержание
public-ranking-title = Рейтинг
public-ranking-caption = Страны по местам в рейтинге, с общим баллом и баллами по направлениям
public-filter-region = Регион МСЭ
public-filter-group = Группа
public-filter-all = Все
public-filter-apply = Применить фильтр
public-shown-countries = { $count ->
    [one] Показана { $count } страна
    [few] Показаны { $count } страны
    [many] Показано { $count } стран
   *[other] Показано { $count } страны
}
public-shown-countries-js = Показано стран: {"{"}count{"}"}
public-overall-score = Общий балл
public-answered = Отвечено
public-missing-answers = { $count ->
    [one] { $count } без ответа
    [few] { $count } без ответа
    [many] { $count } без ответа
   *[other] { $count } без ответа
}
public-rank-of = { $rank } из { $count }
public-pillar-scores = Баллы по направлениям
public-pillar-chart = Баллы по направлениям: { $country }
public-radar-chart = { $country } в сравнении со своим регионом и миром, в процентах от максимума по каждому направлению
public-pillar-table = Баллы по направлениям со средними значениями по региону и миру
public-region-average = Среднее по региону ({ $region })
public-world-average = Среднее по миру
public-areas = Относительные сильные стороны и потенциал роста
public-areas-hint = Показатели, по которым доля от максимума, набранная страной, сильнее всего превышает среднемировую или отстаёт от неё (более чем на 5 пунктов).
public-strengths = Относительные сильные стороны
public-growth = Потенциал роста
public-none = Таких показателей нет.
public-recommendations = Рекомендации
public-recommendations-hint = Меры, которые не приняты (полностью), в порядке того, насколько вырос бы общий балл при полном принятии каждой из них при прочих равных условиях. Для каждой меры — до трёх стран, которые её приняли: сначала из того же региона, затем из следующего, более высокого уровня; первыми идут страны, опубликовавшие подтверждающие материалы.
public-no-recommendations = Все меры, за которые начисляются баллы, приняты.
public-recommendation-points = Сейчас баллов: { $points } из { $max }
public-recommendation-gain = Прибавит к общему баллу: { $gain }
public-recommendation-measure = Соответствующий вопрос:
public-peers = Страны, опыт которых можно использовать:
public-peer-same-region = тот же регион
public-peer-next-tier = следующий уровень
public-indicators = Баллы по показателям
public-evidence = Общедоступные подтверждающие материалы
public-no-evidence = Страна не опубликовала подтверждающих материалов.
public-history = Динамика по выпускам
public-compare-with = Сравнить с другими странами
public-compare-title = Сравнение стран
public-compare-submit = Сравнить
public-compare-empty = Выберите страны выше, чтобы сравнить их.
public-compare-caption = Сопоставление выбранных стран
public-methodology-title = Методология
public-framework = Рамочная основа
public-out-of = из { $max }
public-missing-policy = Отсутствующие ответы
public-missing-zero = Заданный вопрос, оставшийся без ответа, приносит 0 баллов и отмечается как пропущенный.
public-missing-exclude = Заданный вопрос, оставшийся без ответа, исключается из расчёта и отмечается как пропущенный.
public-rounding = Округление
public-rounding-text = Уровни и места в рейтинге определяются по общему баллу, округлённому до показанной точности; страны с одинаковыми округлёнными баллами делят одно место.
public-tiers = Уровни
public-structure = Направления, показатели и вопросы
public-rule-weighted-sum = взвешенная сумма баллов, приведённая к максимуму
public-rule-weighted-mean = взвешенное среднее долей, набранных составляющими, приведённое к максимуму
public-rule-maturity-gated = уровни зрелости: уровень засчитывается, когда каждая составляющая вплоть до этого уровня достигает { $share } %
public-rule-goalposts = линейно от { $low } (без баллов) до { $high } (все баллы)
public-not-scored = без начисления баллов
public-data-title = Открытые данные
public-data-intro = Все файлы содержат одни и те же опубликованные значения и указывают выпуск, версию рамочной основы, версию публикации, лицензию и способ обозначения отсутствующих значений.
public-licence = Лицензия
public-missing-heading = Отсутствующие значения
public-missing-values = Несуществующее значение записывается как null в JSON и Parquet и как пустая ячейка в CSV и XLSX. Оно никогда не записывается как 0.
public-reproduce = Воспроизведение баллов
public-reproduce-text = Опубликованные ответы и рамочная основа дают те же баллы при расчёте с помощью командной строки cyberindex:
data-file-json = Документ с результатами: общие баллы, баллы по узлам и по вопросам для каждой страны (схема cyberindex/results/1).
data-file-scores-csv = Одна строка на страну, один столбец на каждое направление, показатель и подпоказатель.
data-file-questions-csv = Одна строка на каждую пару «страна — вопрос»: значение, баллы и вклад.
data-file-xlsx = Книга с листом метаданных и отдельным листом для каждого уровня иерархии.
data-file-scores-parquet = Баллы по странам и уровням иерархии в формате Parquet.
data-file-questions-parquet = Баллы по странам и вопросам в формате Parquet.
data-file-answers = Подтверждённые ответы в формате файла ответов.
data-file-framework = Файл рамочной основы, по которому рассчитаны баллы.
data-file-schema = JSON Schema для results.json.
region-africa = Африка
region-americas = Америка
region-arab-states = Арабские государства
region-asia-pacific = Азиатско-Тихоокеанский регион
region-cis = СНГ
region-europe = Европа
region-asia = Азия
region-oceania = Океания
region-ldc = Наименее развитые страны (НРС)
region-sids = Малые островные развивающиеся государства (МОРАГ)
region-lldc = Развивающиеся страны, не имеющие выхода к морю (РСНВМ)

## Robustness (methodology lab)
public-nav-robustness = Устойчивость
robustness-title = Устойчивость
robustness-intro = Насколько места в рейтинге и уровни зависят от лежащих в их основе методологических допущений: каждое из приведённых ниже допущений варьировалось в тысячах повторных расчётов индекса на основе одних и тех же ответов.
robustness-secretariat-intro = Перед публикацией: насколько устойчивы места в рейтинге и уровни по подтверждённым ответам на вопросник к допущениям, заданным в спецификации неопределённости рамочной основы, а также статистическая согласованность ответов.
robustness-too-few = Требуется не менее двух подтверждённых ответов на вопросник.
robustness-failed = Не удалось выполнить анализ устойчивости:
robustness-verdict = У { $share } % стран место в рейтинге отличается от медианного не более чем на 3 позиции; в среднем место страны смещается на { $shift } позиции.
robustness-settings = Число прогонов методом Монте-Карло: { $runs }; число базовых выборок для анализа чувствительности: { $samples }; начальное значение генератора случайных чисел: { $seed }.
robustness-assumptions = Варьируемые допущения
robustness-intervals-title = Интервалы мест в рейтинге
robustness-intervals-hint = Для каждой страны линия охватывает места, которые она занимала в 90 % пересчётов (с 5-го по 95-й процентиль); кружок — медианное место, ромб — опубликованное. Первое место слева.
robustness-table = Интервалы мест и вероятности уровней в виде таблицы
robustness-col-nominal = Опубликованное место
robustness-col-median = Медианное место
robustness-col-interval = 5–95-й процентили
robustness-sensitivity-title = Чувствительность мест в рейтинге к каждому допущению
robustness-sensitivity-hint = Какую долю изменений мест объясняет каждое допущение: само по себе и вместе с допущениями, с которыми оно взаимодействует (0 — ничего, 1 — всё), с 95-процентными интервалами.
robustness-first-order = Собственное влияние
robustness-total = Влияние с учётом взаимодействий
robustness-col-assumption = Допущение
robustness-col-converged = Сходимость
robustness-yes = да
robustness-wide = широкий интервал
robustness-not-converged = Некоторые интервалы широки: увеличение числа выборок позволило бы их сузить.
robustness-no-sensitivity = Анализ чувствительности не проводился.
robustness-checks = Статистическая согласованность
robustness-availability = Наличие данных
robustness-availability-ok = По каждому вопросу и каждой стране имеется не менее 65 % значений.
robustness-low-questions = Вопросы, на которые ответили менее 65 % стран:
robustness-low-countries = Страны, ответившие менее чем на 65 % вопросов:
robustness-skew = Вопросы с асимметричным распределением (|асимметрия| > 2 и эксцесс > 3,5)
robustness-collinear = Коллинеарные составляющие (r > 0,92)
robustness-consistency = Внутренняя согласованность
robustness-col-level = Уровень иерархии
robustness-col-children = Составляющие
robustness-col-alpha = Альфа Кронбаха
robustness-col-pc1 = Первая главная компонента (% дисперсии)
robustness-effects = Главные эффекты для индекса в сопоставлении с номинальными весами
robustness-col-weight-share = Вес (% от всех направлений)
robustness-col-effect-share = Главный эффект (% от всех направлений)
robustness-col-r2 = r² с индексом

# Hardening: archived editions, outbox, webhooks (issue 11, store and server limits)
error-locked-archived = Выпуск { $edition } находится в архиве и больше не может быть изменён.
error-webhook-destination = Веб-хуки нельзя отправлять на { $host }: это адрес обратной петли, частной сети, локальный для канала или адрес облачных метаданных. Администратор может разрешить его ключом конфигурации webhook_allowed_hosts.
outbox-links-removed = Одноразовые ссылки (приглашения и сброс пароля) здесь никогда не хранятся. Ссылка-приглашение показывается один раз администратору, который её создаёт; ссылка для сброса пароля доходит до владельца только по электронной почте.

# Hardening: sign-in, second factor and account changes (issue 11)
reset-done-tokens-revoked = Новый пароль установлен. В целях безопасности все остальные входы завершены, а все API-токены вашей учётной записи отозваны: создайте новые на странице учётной записи, если они нужны вашим скриптам.
totp-session-ended = Слишком много неверных кодов: этот вход завершён. Введите пароль ещё раз, а затем код, который сейчас показывает ваше приложение.
error-session-only = Это изменение можно сделать только из сеанса, открытого в браузере, а не с помощью API-токена.
account-password-wrong = Это не ваш текущий пароль. Введите его ещё раз, чтобы подтвердить изменение.
field-current-password = Текущий пароль
account-password-title = Пароль
account-password-intro = Смена пароля завершает остальные ваши входы и делает недействительными все отправленные вам ссылки для сброса пароля или приглашения. Ваши API-токены продолжают работать.
account-password-submit = Сменить пароль

# Подтверждающие материалы, загрузки и сохранение ответов (безопасность: данные)
error-value-too-long = Ответ слишком длинный: { $length } символов, а этот вопрос принимает не более { $max }. Сократите его или приложите полный текст как подтверждающий материал.
error-file-markup = Файл отклонён: он выглядит как документ или изображение, но в первом килобайте содержит разметку веб-страницы (HTML, SVG или скрипт). Сохраните его заново в программе, в которой он создан, или загрузите в формате PDF.
error-evidence-one-file = Отправляйте один файл на каждый подтверждающий материал: эта форма содержала несколько файлов.

# Store errors and autosave retries (issue 12)
error-unavailable-text = База данных сейчас не отвечает, поэтому ничего не сохранено. Повторите попытку через несколько секунд.
error-corrupt-text = Не удалось прочитать сохранённые данные. Ничего не изменено; подробности администраторы найдут в журнале сервера.
autosave-retrying = Ещё не сохранено: серверу не удалось записать ваш ответ. Он хранится на этом устройстве и вскоре будет сохранён повторно.

## PostgreSQL backend (issue 12)
store-password-file = Не удаётся прочитать файл с паролем базы данных { $path } (указан в CYBERINDEX_DB_PASSWORD_FILE): { $error }. Проверьте, что файл существует и учётная запись, от имени которой работает cyberindex, может его читать.

## db copy (issue 12)
db-copy-target-not-empty = Целевая база данных не пуста: её таблица { $table } содержит строк: { $rows }. db copy записывает только в пустую базу данных: создайте новую (новый файл SQLite или CREATE DATABASE в PostgreSQL) и копируйте в неё. Ничего не записано.
db-copy-unknown-table = В базе данных есть таблица { $table }, которую db copy не знает, поэтому он не может скопировать установку полностью. Ничего не записано. Вероятно, её создала более новая версия cyberindex: запустите db copy этой версией.
db-copy-columns = Таблица { $table } содержит столбцы { $found }, а db copy знает столбцы { $expected }, поэтому он не может скопировать установку полностью. Ничего не записано.

# ops: request ids
error-reference = Номер обращения для поддержки: { $id }. Укажите его, если будете обращаться в секретариат по поводу этой проблемы.

# admin safety (issue 14 item 8)
users-state = Состояние
users-state-active = Активен
users-state-invited = Приглашён, приглашение ещё не принято
users-state-deactivated = Деактивирован
users-back = Все пользователи
users-edit-title = Пользователь { $email }
users-edit-access = Роль и страны
users-edit-save = Сохранить изменения
users-edit-saved = Изменения сохранены. Они действуют сразу, в том числе для открытых сеансов пользователя.
users-reinvite-heading = Приглашение
users-reinvite-help = Новая ссылка-приглашение действует один раз; любая прежняя ссылка сразу перестаёт работать.
users-reinvite = Отправить новое приглашение
users-reinvited = Новое приглашение создано. Ссылка ниже отправлена по электронной почте (или находится в исходящих); прежняя ссылка больше не работает.
users-deactivate-heading = Доступ
users-deactivate-help = Деактивация сразу завершает сеансы пользователя и отзывает его токены API. Его ответы, решения и записи журнала аудита сохраняются.
users-deactivate = Деактивировать этого пользователя
users-deactivated = Пользователь деактивирован: его сеансы завершены, токены API отозваны.
users-reactivate-help = Этот пользователь деактивирован. После повторной активации он сможет снова войти; прежние сеансы и токены остаются недействительными.
users-reactivate = Активировать этого пользователя снова
users-reactivated = Пользователь снова активен. Он может войти или запросить сброс пароля.
users-error-last-admin = Не останется ни одного активного администратора: сначала назначьте администратором другого пользователя.
users-error-inactive = Учётная запись деактивирована: сначала активируйте её снова.
editions-unarchive = Вернуть из архива
archive-confirm-title = Архивировать { $edition }?
archive-confirm-text = Архивированный выпуск закрыт: ни ответы, ни доказательства, ни решения, ни сообщения в нём больше не могут меняться, а страны могут его только просматривать. Его публикации остаются в сети. Позже его можно вернуть из архива.
archive-confirm-submit = Архивировать { $edition }
archive-cancel = Отмена, вернуться к выпускам
publish-preview = Предварительный просмотр публикуемых результатов
publish-preview-first = Это будет первая опубликованная версия. Все страны ниже — новые.
publish-preview-compared = Сравнение с опубликованной версией { $version }: изменений — { $count }, они выделены жирным.
publish-preview-change = Изменение по сравнению с предыдущей версией
publish-preview-new = Новая в этой версии
publish-preview-same = Без изменений
publish-preview-moved = Балл { $from_score } → { $to_score }, место { $from_rank } → { $to_rank }
publish-preview-removed = Страны, исключённые из этой версии
publish-confirm = Подтвердить и опубликовать эти результаты

# review at scale and honest rounds (issue 14)
round-message = Сообщение проверяющих
round-asked = Вопросы, по которым у проверяющих есть замечания: { $count }
round-open = Вопросы без решения или ещё без ответа, которые вы можете изменить: { $count }
round-frozen = Принятые ответы, которые остаются без изменений: { $count }
round-asked-title = Вопросы, по которым у проверяющих есть замечания
notify-reviewers-wrote = Проверяющие написали:
sendback-preview = Если вернуть ответ, страна сможет изменить:
sendback-asked = вопросы, по которым у вас есть замечания: { $count }
sendback-undecided = отвеченные вопросы без решения: { $count }
sendback-unanswered = вопросы ещё без ответа: { $count }
sendback-frozen = Принятые ответы остаются зафиксированными: { $count }.
sendback-warn-undecided = По { $count } вопросам ещё нет решения. Страна может их изменить, и вы рассмотрите их в следующем цикле.
review-guidance = Пояснения
review-evidence-expected = Ожидаемые подтверждения
review-undecided-tag = Решения ещё нет
review-show-undecided = Без решения
review-show-missing = Нет подтверждений
review-show-thread = С обсуждением
review-bulk-title = Принять пакетом
review-bulk-explained = Каждый ответ, принятый пакетом, получает собственную запись в журнале аудита.
review-bulk-evidenced = Принять отвеченные вопросы с подтверждениями ({ $count })
review-bulk-unchanged = Принять ответы, не изменившиеся после последнего принятия ({ $count })
review-bulk-pillar = Принять отвеченные вопросы этого направления с подтверждениями ({ $count })
review-bulk-done = Принято ответов: { $count }.
review-bulk-none = Здесь больше нечего принимать пакетом.
review-bulk-unknown = Неизвестное пакетное решение «{ $kind }»: выберите «evidenced» или «unchanged».
review-keys-title = Сочетания клавиш
review-keys = a: принять · c: запросить пояснения · r: отклонить · j: следующий вопрос · k: предыдущий вопрос
review-saving = Сохранение…
review-saved = Решение сохранено: { $decision }
review-save-failed = Решение не сохранено. Проверьте подключение и повторите попытку.
review-proposed-none = Предложенного значения нет
review-next = Следующий вопрос
queue-open = Открытые вопросы
queue-waiting = ожидает
queue-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
nav-unread = непрочитанных
submit-done-title = Ваш ответ представлен
submit-done-next = Что дальше: секретариат рассмотрит каждый ответ вместе с подтверждениями. Если у проверяющего появится вопрос или ответ будет возвращён, вы получите письмо и уведомление в разделе «Уведомления»; тогда вы сможете доработать то, о чём просят. До этого ответ доступен только для чтения, а его статус можно отслеживать на этой странице.
index-title = Вопросы
index-next-unanswered = Следующий вопрос без ответа
index-next-missing = Следующий вопрос без подтверждений
index-show-all = Показать весь вопросник
index-filter = Показать
index-filter-all = Все вопросы
index-filter-unanswered = Без ответа
index-filter-missing = Нет подтверждений
index-filter-thread = С обсуждением
index-open-pillar = Открыть это направление
index-pages = Направления
index-previous = Предыдущее
index-next = Следующее
index-done = есть ответ
index-todo = нет ответа
index-missing = нет подтверждений
index-action = у проверяющих есть замечание
autosave-saved-at = Сохранено в { $time }
autosave-saved-one = Сохранено.
evidence-preview = Просмотр
opens-new-tab = (открывается в новой вкладке)
page-saved = { $count ->
    [0] Все ответы на этой странице сохранены; ни один не изменился.
    [one] Сохранено: изменён { $count } ответ.
    [few] Сохранено: изменено { $count } ответа.
   *[other] Сохранено: изменено { $count } ответов.
}
page-save-conflict = { $changed } Ваш ответ сохранён здесь в том виде, в каком вы его ввели: сохраните ещё раз, чтобы заменить чужое изменение своим.
page-save-refused = Ничего не сохранено. Исправьте ответы ниже и сохраните ещё раз:
page-save-partly = Остальные ответы сохранены, но не эти:
review-tab-undecided = без решения: { $count }

# country search
public-search-label = Найти страну
public-search-button = Искать
public-search-title = Страны
public-search-hint = Название на любом из шести официальных языков ООН или код ISO, например KE или KEN.
public-search-options = Подходящие страны
public-search-none = Ни одна страна этого выпуска не соответствует запросу «{ $query }».
public-search-count = { $count ->
    [one] Запросу «{ $query }» соответствует { $count } страна.
    [few] Запросу «{ $query }» соответствуют { $count } страны.
    [many] Запросу «{ $query }» соответствуют { $count } стран.
   *[other] Запросу «{ $query }» соответствуют { $count } страны.
}
public-search-all = { $count ->
    [one] { $count } страна этого выпуска, по названию.
    [few] { $count } страны этого выпуска, по названию.
    [many] { $count } стран этого выпуска, по названию.
   *[other] { $count } страны этого выпуска, по названию.
}
public-search-none-js = Подходящих стран нет.
public-search-count-js = Подходящих стран: {"{"}count{"}"}. Выберите страну клавишами со стрелками.
public-map-skip = Пропустить карту
public-map-keys = На карте клавиша Tab переводит фокус на одну страну; клавиши со стрелками перемещают к ближайшей стране в этом направлении, Enter открывает её профиль. Все страны также перечислены в таблице под картой.
public-compare-chosen = Сравниваемые страны:
public-compare-remove = Убрать: { $country }
public-compare-add = Добавить страну (не более { $count })
public-compare-add-button = Добавить
public-compare-pick = Выберите одну:
public-compare-full = Сравнить можно не более { $count } стран; сначала уберите одну.
public-compare-unknown = Не учтены, так как это не страны этого выпуска: { $codes }.
public-compare-chart = Баллы по направлениям рядом
public-compare-indicators = Все направления и показатели
public-compare-diff-hint = После каждого балла — разница со страной { $country } (+ выше, − ниже, = одинаково).
public-compare-share = Адрес этой страницы содержит сравниваемые страны: скопируйте его, чтобы поделиться сравнением.
home-latest = Последние результаты:
home-open-results = Открыть все результаты: карта, рейтинг, профили и данные
home-map-keys = На карте клавиша Tab переводит фокус на одну страну; клавиши со стрелками перемещают к ближайшей стране в этом направлении, Enter открывает её профиль.
public-certainty-heading = Насколько устойчивы это место и этот уровень?
public-certainty-rank = Место: { $rank }. При изменении допущений, лежащих в основе индекса (весов, способа восполнения недостающих ответов, способа агрегирования), в 90 % пересчётов место находится между { $low } и { $high }.
public-certainty-rank-fixed = Место: { $rank }; то же место в 90 % пересчётов индекса при других допущениях (веса, недостающие ответы, агрегирование).
public-certainty-tiers = Вероятность каждого уровня по пересчётам: { $tiers }.
public-certainty-more = Как меняются места соседних стран
robustness-near = Страны рядом в рейтинге с
robustness-show = Показать
robustness-show-near = Показать только страны рядом с выбранной
robustness-show-all = Показать все страны ({ $count })
robustness-level-question = Вопрос
robustness-level-sub-indicator = Подпоказатель
robustness-level-indicator = Показатель
robustness-level-pillar = Направление
robustness-level-index = Общий уровень
robustness-plain-weights = Веса (уровень: { $level }), каждый выше или ниже не более чем на { $noise } %
robustness-plain-aggregation = Способ агрегирования баллов (уровень: { $level }): { $options }
robustness-plain-normalisation = Как учитывается частично выполненный вопрос (способов: { $count })
robustness-plain-imputation = Вопросы без ответа: { $options }
robustness-plain-exclude = Исключается один из вопросов (всего: { $count }) или ни одного
robustness-plain-tiers = Пороги уровней как опубликовано или другие наборы (их { $count })
robustness-agg-arithmetic = сумма
robustness-agg-geometric = среднее геометрическое (поощряет сбалансированность)
robustness-agg-harmonic = среднее гармоническое
robustness-agg-power = степенное среднее
robustness-imp-none = не учитываются
robustness-imp-zero = считаются нулём
robustness-imp-mean = среднее по всем странам
robustness-imp-median = медиана по всем странам
robustness-imp-group-mean = среднее по региону страны
robustness-imp-group-median = медиана по региону страны
# edition names per language
edition-names-legend = Название на других языках
edition-names-help = Необязательно. Страницы результатов показывают название на языке читателя, а на языках, для которых его нет, — название, указанное выше.
edition-field-name-in = { $lang ->
    [ar] Название на арабском языке
    [zh] Название на китайском языке
    [en] Название на английском языке
    [fr] Название на французском языке
    [ru] Название на русском языке
    [es] Название на испанском языке
   *[other] Название на языке { $lang }
}
edition-error-name-long = Название: не более 200 символов.
edition-error-name-language = Названия: «{ $lang }» не является кодом языка; используйте ar, zh, en, fr, ru или es.
edition-error-name-in-long = { $lang ->
    [ar] Название на арабском языке
    [zh] Название на китайском языке
    [en] Название на английском языке
    [fr] Название на французском языке
    [ru] Название на русском языке
    [es] Название на испанском языке
   *[other] Название на языке { $lang }
}: не более 200 символов.
edition-error-name-in-control = { $lang ->
    [ar] Название на арабском языке
    [zh] Название на китайском языке
    [en] Название на английском языке
    [fr] Название на французском языке
    [ru] Название на русском языке
    [es] Название на испанском языке
   *[other] Название на языке { $lang }
}: удалите переводы строк, табуляции и другие управляющие символы.
chart-download = Скачать:
chart-link = Ссылка на эту диаграмму
chart-embed = Встроить
chart-embed-label = Код для показа этой диаграммы на другом сайте:
chart-data = Данные (CSV)

# profile PDF
report-profile-download = Скачать этот профиль в формате PDF
report-profile-title = { $country }: профиль страны
report-method-heading = Как составлен индекс
report-method-note = Оценки основаны на ответах страны, утверждённых секретариатом; учитываются только принятые ответы. Оценка каждого направления объединяет его показатели согласно весам и правилам методики, а общая оценка объединяет направления. Уровни определяются по общей оценке, округлённой с точностью методики; страны с равными оценками делят одно место. Сильные стороны и области возможного роста сравнивают долю максимума, достигнутую страной по каждому показателю, со средним мировым значением. Выигрыш от рекомендации — это прирост общей оценки, если бы одна эта мера была полностью внедрена при прочих равных. Полное описание методики, веса и открытые данные приведены на страницах методики и данных выпуска.
report-source = { $edition }, версия { $version }, опубликовано { $date }. Лицензия: { $licence }
report-missing-glyphs = Символы, которых нет ни в одном шрифте этого отчёта (выше показаны пустыми прямоугольниками):
report-edition-title = { $edition }: отчёт
report-edition-download = Весь выпуск одним отчётом в формате PDF
report-pdf-heading = Отчёты в формате PDF
report-pdf-intro = Отчёт о выпуске содержит резюме, карту, страны каждого уровня, средние значения по регионам, приложения о методике и об устойчивости результатов, а также профиль каждой страны. Профиль каждой страны есть и на её странице.
report-summary = Резюме
report-summary-text = В этом выпуске оценены страны: { $count }, из них получили место в рейтинге: { $ranked }. Среднемировая общая оценка — { $average } из { $max }; уровня «{ $tier }» достигли страны: { $top }.
report-tier-tables = Страны по уровням
report-annex-method = Приложение: методика
report-annex-robustness = Приложение: насколько надёжны места в рейтинге
report-col-likely-tier = Наиболее вероятный уровень (вероятность)
report-profiles = Профили стран

# CIRT directory (issue 16)
nav-directory = Справочник
store-duplicate-team = Команда с идентификатором «{ $id }» уже существует.
store-team-stale = Кто-то другой изменил эту запись после того, как вы её открыли (теперь это версия { $version }). Откройте её заново и повторите изменение.
directory-error-record = Запись команды не сохранена; исправьте эти поля: { $problems }
directory-error-id-mismatch = Идентификатор записи должен совпадать с указанным в адресе: { $id }.
directory-title = Справочник CIRT
directory-intro = Группы реагирования на инциденты по странам: кто они и как с ними связаться, в том числе в экстренных случаях. Вы видите общедоступные поля; участники справочника после входа видят больше. Каждую запись ведут сама команда и секретариат.
directory-search = Название команды
directory-count = { $count ->
    [one] { $count } команда
    [few] { $count } команды
   *[other] { $count } команд
}
directory-files = Файлы, созданные из этой записи:
directory-staleness = Показатель устаревания: { $score } из 100
directory-staleness-hint = 0 — запись актуальна, 100 — устарела. Пределы заданы в настройках сервера.
directory-record = Запись
directory-col-field = Поле
directory-col-value = Значение
directory-col-visibility = Кому видно
directory-contacts = Контактные лица
directory-field-official-name = Официальное название
directory-field-short-name = Краткое название
directory-field-country = Страна
directory-field-host = Принимающая организация
directory-field-type = Тип команды
directory-field-established = Год создания
directory-field-language = Язык
directory-field-hours = Часы работы
directory-field-website = Веб-сайт
directory-field-channel = Канал связи
directory-field-key = Ключ OpenPGP
directory-field-asn = Автономная система
directory-field-prefix = IP-префикс
directory-field-domain = Домен
directory-field-sector = Обслуживаемый сектор
directory-field-membership = Членство
directory-key-expires = истекает { $date }
directory-key-no-expiry = без срока действия
directory-type-national = Национальная CIRT
directory-type-government = Правительственная CIRT
directory-type-sector = Отраслевая CIRT ({ $sector })
directory-type-sector-any = Отраслевая CIRT
directory-type-academic = CIRT университета или научной сети
directory-type-psirt = Группа безопасности продуктов (PSIRT)
directory-type-commercial = Коммерческая CIRT
directory-usage-contact = связь
directory-usage-emergency = Экстренная связь
directory-usage-abuse = жалобы на злоупотребления
directory-usage-reports = сообщения об инцидентах
directory-channel-email = Электронная почта
directory-channel-phone = Телефон
directory-channel-fax = Факс
directory-channel-url = Веб-адрес
directory-status-listed = внесена в список
directory-status-accredited = аккредитована
directory-status-certified = сертифицирована
directory-status-member = член
directory-status-applicant = кандидат
directory-status-former = бывший член
directory-contact-technical = техническое
directory-contact-policy = по вопросам политики
directory-contact-diplomatic = дипломатическое
directory-visibility-public = всем
directory-visibility-members = участникам справочника
directory-visibility-restricted = ограниченный доступ (TLP:AMBER)
directory-source-manual = введено вручную
directory-source-csv = импортировано из таблицы
directory-source-first = импортировано из FIRST
directory-source-ti = импортировано из Trusted Introducer
directory-source-rfc2350 = прочитано из RFC 2350
directory-source-security-txt = прочитано из security.txt
directory-download = Весь справочник в доступном вам объёме:

# Reachability checks of the directory
check-mail-subject = Проверка доступности: { $team }
check-mail-intro = Это проверка доступности { $team } из каталога CIRT на { $site }.
check-mail-action = Откройте эту ссылку и нажмите кнопку, чтобы подтвердить, что этот адрес доходит до команды:
check-mail-window = Ссылка действует один раз. Пожалуйста, ответьте в течение { $hours } ч.
check-mail-wrong-person = Если сообщение пришло не тому человеку, перешлите его команде или не обращайте на него внимания.
check-error-scope = Проверка: «{ $scope }» — не команда, не страна и не регион каталога.
check-error-window = Срок ответа: укажите целое число часов от 1 до { $max }.
check-error-repeat = Повтор: укажите целое число дней от 1 до { $max } или оставьте поле пустым.
check-error-when = Начало: выберите время от текущего момента до { $days } дней вперёд.
check-error-no-channel = Проверка: ни у одной команды в «{ $scope }» нет ни адреса электронной почты, ни телефона.
check-error-link-closed = Срок действия ссылки истёк: ссылки действуют { $days } дней после отправки. Секретариат может отправить новую проверку.
check-error-due = Начало: «{ $value }» — не дата и время; укажите в формате ГГГГ-ММ-ДДTЧЧ:ММ по UTC или оставьте пустым, чтобы отправить сейчас.
store-check-started = Эта проверка уже отправлена: её результаты сохранены, изменить её нельзя.
check-outcome-acknowledged = подтверждено
check-outcome-late = подтверждено с опозданием
check-outcome-pending = ожидается ответ
check-outcome-no-reply = нет ответа
check-outcome-bounced = не доставлено
check-latency-days = { $days } д { $hours } ч
check-latency-hours = { $hours } ч { $minutes } мин
check-latency-minutes = { $minutes } мин
check-scope = Кого проверить
check-scope-all = все команды
check-scope-region = команды региона
check-scope-country = команды страны
check-scope-team = одну команду
check-title = Проверки доступности
check-explained = Проверка отправляет письмо на каждый адрес электронной почты выбранных команд. В каждом письме — одноразовая ссылка; команда открывает её и нажимает кнопку, а каталог записывает время. По каждому телефону секретариат звонит и отмечает результат здесь. Ответы после срока считаются запоздалыми.
check-no-smtp = Почтовый сервер не настроен: письма ждут в очереди исходящих, и ответить на них нельзя, пока он не настроен.
check-new = Новая проверка
check-window = Срок ответа (часы)
check-due = Начало (UTC)
check-due-hint = Оставьте пустым, чтобы отправить сейчас.
check-repeat = Повторять каждые (дни)
check-repeat-hint = Оставьте пустым для однократной проверки.
check-start = Запланировать проверку
check-list = Проверки
check-download = Скачать результаты (CSV)
check-none = Проверок пока нет.
check-heading = Проверка { $id }
check-state-started = отправлена { $when }
check-state-scheduled = запланирована на
check-repeats = повторяется каждые { $days } дн.
check-median = медианное время ответа { $latency }
check-cancel = Отменить эту проверку
check-window-of = срок ответа { $hours } ч
check-col-team = Команда
check-col-address = Адрес
check-col-sent = Отправлено
check-col-outcome = Результат
check-col-latency = Время ответа
check-ack-title = Подтвердите, что сообщение дошло до вашей команды
check-ack-intro = Каталог CIRT проверяет, что с { $team } можно связаться по адресу { $address } (сообщение отправлено { $sent }).
check-ack-button = Подтвердить получение
check-ack-recorded = Спасибо: подтверждено через { $latency } после отправки. Эту страницу можно закрыть.
check-ack-already = Это сообщение уже подтверждено, через { $latency } после отправки. Больше ничего не нужно.
check-history = Проверки доступности
check-never = Эта команда ещё не проверялась.
directory-by-staleness = Все команды, сначала самые устаревшие
directory-sort = Порядок
directory-sort-country = по странам
directory-col-staleness = Устаревание

# Directory imports
directory-import-title = Импорт команд
directory-import-link = Импортировать команды из файла
directory-import-saved = { $count ->
    [one] Сохранено: { $count } команда.
    [few] Сохранено: { $count } команды.
   *[other] Сохранено: { $count } команд.
}
directory-import-errors = { $count ->
    [one] В файле { $count } проблема
    [few] В файле { $count } проблемы
   *[other] В файле { $count } проблем
}
directory-import-nothing-saved = Ничего не сохранено. Исправьте файл и прочитайте его снова.
directory-import-preview = Что изменит импорт
directory-import-summary = { $file }: команд к сохранению — { $changes }, без изменений — { $unchanged }. Ничего не сохраняется до вашего подтверждения.
directory-import-notes = { $count ->
    [one] { $count } замечание о том, что есть в файле, но не может храниться в записи
    [few] { $count } замечания о том, что есть в файле, но не может храниться в записи
   *[other] { $count } замечаний о том, что есть в файле, но не может храниться в записи
}
directory-import-changed-team = изменена
directory-import-new-team = новая команда
directory-import-before = Сейчас
directory-import-after = После импорта
directory-import-confirm = { $count ->
    [one] Сохранить { $count } команду
    [few] Сохранить { $count } команды
   *[other] Сохранить { $count } команд
}
directory-import-upload = Прочитать файл
directory-import-explained = Таблица (шаблон ниже, CSV или XLSX), записи, выгруженные из этого каталога (JSON), JSON FIRST или Trusted Introducer, либо текст RFC 2350 или security.txt одной команды. То, чего нет в файле, сохраняется как есть; контактные лица при импорте никогда не меняются.
directory-import-template = Шаблон с примером строки, которую нужно удалить:
directory-import-file = Файл
directory-import-layout = Тип файла
directory-import-layout-auto = по имени файла (.csv, .xlsx, security.txt, rfc2350)
directory-import-layout-csv = шаблон таблицы, CSV
directory-import-layout-xlsx = шаблон таблицы, XLSX
directory-import-layout-records = записи, выгруженные из этого каталога (JSON)
directory-import-layout-first = каталог команд FIRST (JSON)
directory-import-layout-ti = список команд Trusted Introducer (JSON)
directory-import-layout-rfc2350 = текст RFC 2350 одной команды
directory-import-layout-security-txt = security.txt одной команды
directory-import-team = Команда (для RFC 2350 или security.txt)
directory-import-team-hint = Идентификатор команды, например ke-cirt. RFC 2350 может описывать новую команду; security.txt дополняет уже внесённую.
directory-import-read = Прочитать файл и показать изменения
directory-import-choose-layout = Тип файла: выберите его; по имени файла он не определяется.
directory-import-no-file = Файл: выберите файл для чтения.
directory-import-choose-team = Команда: RFC 2350 или security.txt описывает одну команду; укажите её идентификатор.
directory-import-changed = Каталог или файл изменился после предварительного просмотра: ничего не сохранено. Прочитайте файл снова, чтобы увидеть актуальные изменения.

# Signing an RFC 2350
directory-sign-title = Подписать RFC 2350
directory-sign-explained = Вставьте секретный ключ OpenPGP команды (в формате ASCII armor) и его парольную фразу, чтобы скачать RFC 2350 команды (только общедоступные поля) с открытой подписью. Ключ и фраза используются только для этой подписи: они никогда не сохраняются и не записываются в журнал.
directory-sign-key = Секретный ключ (ASCII armor)
directory-sign-passphrase = Парольная фраза
directory-sign-button = Подписать и скачать
directory-sign-refused = Не подписано: { $reason }
## Team staff and the team record's form (issue 16)
role-team-staff = Сотрудник группы
field-team = Группа справочника
field-team-help = Только для сотрудников группы, которые ведут карточку своей группы; для других ролей оставьте пустым.
store-role-needs-team = Для роли { $role } нужна группа справочника.
store-role-has-no-team = У роли { $role } нет группы справочника.
store-unknown-team = В справочнике нет группы «{ $team }».
error-team-edit = Изменять эту карточку могут только секретариат и сотрудники самой группы.
error-team-staff-create = Сотрудники группы ведут карточку своей группы; добавлять группы может только секретариат.
error-team-staff-country = Только секретариат может отнести группу к другой стране.
team-edit-link = Изменить карточку
team-new-link = Добавить группу
team-form-title-edit = Изменение: { $name }
team-form-title-new = Новая группа
team-form-intro = У каждого значения своё поле «Кто может видеть». Чтобы удалить элемент списка, очистите его строку. Ничего не сохраняется, пока вы не нажмёте «Сохранить», и ничего не сохраняется, если в каком-либо значении есть ошибка.
team-form-save = Сохранить
team-form-kept = Ничего не сохранено; введённые данные сохранены в форме ниже.
team-form-more = Добавить ещё 3 строки в раздел «{ $section }»
team-form-row = { $what } { $n }
team-form-none = —
team-form-other = другое (укажите)
team-form-section-identity = Группа
team-form-id = Идентификатор группы
team-form-id-hint = От 1 до 60 строчных латинских букв, цифр и дефисов, например ke-cirt. Изменить его потом нельзя.
team-form-country-fixed = Страну ведёт секретариат.
team-form-rfc2350-updated = Последнее обновление RFC 2350
team-form-date-hint = Дата: ГГГГ-ММ-ДД.
team-form-hours-zone = Часовой пояс
team-form-zone-hint = Название часового пояса IANA, например Africa/Nairobi или UTC.
team-form-bad-date = «{ $value }» не является датой: укажите её в виде ГГГГ-ММ-ДД.
team-form-bad-asn = «{ $value }» не является номером автономной системы.
team-form-types = Типы группы
team-form-sector-name = Отрасль (для отраслевой группы)
team-form-languages = Языки
team-form-language-hint = Тег BCP 47, например en, fr, ar или zh-Hans.
team-form-websites = Веб-сайты
team-form-channels = Каналы связи
team-form-channel-kind = Вид
team-form-channel-other = Название другого вида (например, matrix)
team-form-channel-value = Адрес или номер
team-form-channel-usages = Для чего
team-form-keys = Ключи OpenPGP
team-form-keys-hint = Вставьте открытый ключ группы: отпечаток и даты считываются из самого ключа. Ключ без текста можно указать по отпечатку.
team-form-key-armored = Открытый ключ в ASCII-armor
team-form-key-armored-hint = Никогда не вставляйте секретный (закрытый) ключ: он будет отклонён. Ранее вставленный ключ сохраняется; вставляйте новый только для замены.
team-form-key-fingerprint = Отпечаток
team-form-key-created = Создан
team-form-key-expires = Истекает
team-form-key-url = Где его получить (веб-адрес)
team-form-asns = Автономные системы
team-form-asn-hint = Номер, с AS или без.
team-form-prefixes = IP-префиксы
team-form-domains = Домены
team-form-countries = Обслуживаемые страны
team-form-country-code-hint = Код ISO 3166-1 alpha-3, например KEN.
team-form-sectors = Обслуживаемые отрасли
team-form-memberships = Членство
team-form-network = Сеть
team-form-network-other = Название другой сети
team-form-status = Статус
team-form-status-other = Другой статус
team-form-since = С
team-form-contacts = Контактные лица
team-form-contacts-hint = Персональные данные: вносите человека только после его согласия и отмечайте, когда оно получено.
team-form-contact = Лицо
team-form-contact-name = Имя
team-form-contact-kind = Вид контакта
team-form-contact-role = Должность
team-form-contact-channels = Как связаться
team-form-contact-channels-hint = По одному в строке: вид, пробел, затем адрес или номер, например «email duty@example.org» или «phone +254700000000».
team-form-consent = Человек согласился на включение в справочник
team-form-consent-at = Дата согласия
team-form-consent-note = Примечание о согласии
## The directory's who's who: regions, countries, the map, mailing lists (issue 16, part 6)
directory-field-region = Регион МСЭ
directory-field-network = Сеть
directory-filter-emergency = Только группы с экстренным каналом связи
directory-regions = Группы по регионам МСЭ
directory-region-title = CIRT региона: { $region }
directory-country-title = CIRT страны: { $country }
directory-map-title = Карта групп
directory-map-desc = Страны, где есть хотя бы одна группа, закрашены цветом и узором; каждая ведёт на страницу страны. Все группы также перечислены в таблицах под картой.
directory-map-country = { $country }: { $teams }, национальная группа не указана
directory-map-country-national = { $country }: { $teams }, национальная группа указана
directory-map-key-national-and-more = Национальная группа и другие группы
directory-map-key-national = Только национальная группа
directory-map-key-other = Есть группы, но нет национальной
directory-map-key-none = Групп нет
directory-map-skip = Пропустить карту и перейти к таблицам групп
directory-lists-title = Списки рассылки
directory-lists-intro = Фильтры справочника, сохранённые под именем. Каждый загружается как список рассылки групп, которые он отбирает сегодня: их каналы связи в CSV (все или одного назначения) или их карточки контактов.
directory-lists-none = Списков пока нет. Отфильтруйте справочник и сохраните фильтр под именем.
directory-list-save = Сохранить этот фильтр как список рассылки
directory-list-save-hint = Список хранит фильтр, а не группы: группы отбираются заново при каждой загрузке.
directory-list-name = Название списка
directory-list-save-button = Сохранить список
directory-list-teams = Групп сегодня
directory-list-downloads = Загрузить
directory-list-saved = Сохранён
directory-list-delete = Удалить
directory-list-delete-named = Удалить список { $name }
directory-list-csv = CSV, все каналы
directory-list-usage-contact = только контакт
directory-list-usage-emergency = только экстренные
directory-list-usage-abuse = только жалобы на злоупотребления
directory-list-usage-reports = только сообщения об инцидентах
directory-list-error-name = Дайте списку название не длиннее { $max } символов, в одну строку.
directory-list-error-usage = Неизвестное назначение «{ $usage }»: укажите contact, emergency, abuse или reports.
directory-map-keys = На карте клавиша Tab переводит фокус на одну страну; стрелки ведут к ближайшей стране в этом направлении, Enter открывает её страницу. Все группы также перечислены в таблицах под картой.
check-error-call-closed = Этот звонок уже отмечен как состоявшийся, или это не звонок: ничего не изменено.
check-call-choose = Звонок: укажите, ответил ли кто-нибудь.
check-channel-email = эл. почта
check-channel-phone = телефон
check-col-call = Отметить звонок
check-call-note = Заметка
check-call-answered = Ответили
check-call-unanswered = Нет ответа
directory-seen-heading = security.txt
directory-seen-never = Файл security.txt этой команды ещё не импортирован и не загружен.
directory-seen-import = Импортирован { $when } из файла { $where }.
directory-seen-fetch = { $found ->
    [yes] Загружен { $when } с { $where }.
   *[no] Запрошен { $when } по адресу { $where }: не найден.
}
directory-seen-fetch-button = Загрузить security.txt сейчас
directory-seen-how = Импортируйте security.txt команды (страница «Импорт») или разрешите серверу загружать его с сайтов команды параметром directory.fetch_security_txt в конфигурации.
directory-seen-fetch-off = Загрузка файлов security.txt на этом сервере выключена: администратор может включить её параметром directory.fetch_security_txt = true.
staleness-security-txt-not-checked = security.txt команды ещё не проверялся
staleness-security-txt-missing = на сайте команды нет security.txt
staleness-security-txt-expired = срок действия security.txt команды истёк
staleness-security-txt-no-expires = в security.txt команды нет поля Expires
staleness-security-txt-no-contact = в security.txt команды не указан Contact
staleness-security-txt-expires-too-far = security.txt команды действует более года вперёд и может остаться без пересмотра
staleness-rfc2350-no-date = в описании RFC 2350 нет даты последнего обновления
staleness-rfc2350-old = описание RFC 2350 обновлено { $date } ({ $days } дн. назад; предел — { $limit } дн.)
staleness-no-key = команда не указала ни одного ключа OpenPGP
staleness-key-expired = срок действия ключа { $fingerprint } истёк { $date }
staleness-key-expiring = срок действия ключа { $fingerprint } истекает { $date }, в пределах { $limit } дн.
staleness-never-reached = ни одна проверка доступности команды не была успешной
staleness-not-reached-recently = последняя успешная проверка доступности была { $days } дн. назад; предел — { $limit } дн.
maturity-status-self-assessment = на этапе самооценки
maturity-status-peer-review = на экспертной проверке
maturity-status-validated = подтверждена
maturity-status-signed-off = утверждена
maturity-step-submitted = отправлена
maturity-step-returned = возвращена
maturity-step-validated = подтверждена
maturity-step-signed-off = утверждена
maturity-act-read = просматривать это
maturity-act-create = начинать оценку
maturity-act-self-assess = изменять самооценку
maturity-act-evidence = изменять подтверждающие материалы
maturity-act-validate-levels = записывать подтверждённые уровни
maturity-act-submit = отправлять оценку
maturity-act-return = возвращать оценку
maturity-act-validate = подтверждать оценку
maturity-act-sign-off = утверждать оценку
maturity-act-assign-reviewer = назначать проверяющего
maturity-act-roadmap = изменять дорожную карту
maturity-error-forbidden = Вы не можете { $act } в этой оценке.
maturity-error-transition = Оценка { $status }: сейчас она не может быть { $step }.
maturity-error-closed = Оценка { $status }: это больше нельзя изменить.
maturity-error-return-without-comment = Укажите, что команде следует изменить: напишите причину или комментарий к параметру.
maturity-error-framework = В модели оценки ошибок: { $count }; оценка не создана.
maturity-error-unknown-parameter = «{ $parameter }» не является параметром модели этой оценки.
maturity-error-reviewer-own-team = Член оцениваемой команды не может быть её проверяющим.
maturity-error-reviewer-role = Проверяющий — сотрудник другой команды или секретариата.
maturity-error-reviewer-inactive = Учётная запись проверяющего отключена.
maturity-error-date = «{ $value }» — не дата: запишите её как ГГГГ-ММ-ДД, например 2026-03-31.
maturity-error-expiry-before-issue = Дата окончания срока раньше даты материала.
maturity-error-url = «{ $value }» — не веб-адрес: укажите адрес http:// или https://.
maturity-error-file = Файл не удалось прикрепить: загрузите его снова.
maturity-error-title-missing = Дайте материалу название.
maturity-error-too-long = Текст «{ $field }» слишком длинный.
maturity-error-check-other-team = Это сообщение проверки было отправлено другой команде.
store-assessment-stale = Оценку изменил другой пользователь (теперь версия { $version }): перезагрузите страницу, чтобы увидеть изменение.
store-parameter-stale = Этот параметр изменил другой пользователь (теперь версия { $version }): перезагрузите страницу, чтобы увидеть изменение.
store-roadmap-stale = Этот пункт дорожной карты изменил другой пользователь (теперь версия { $version }): перезагрузите страницу, чтобы увидеть изменение.

## CIRT maturity assessments: pages (issue 17)
nav-maturity = Зрелость
maturity-title = Оценки зрелости CIRT
maturity-explained = Команда оценивает себя по каждому параметру, с примечанием и подтверждениями; эксперт из другой команды или секретариат указывает рядом подтверждённый уровень; секретариат утверждает оценку. Там, где есть подтверждённые уровни, учитываются они.
maturity-list = Доступные вам оценки
maturity-none = Пока нет ни одной доступной вам оценки.
maturity-new = Начать оценку
maturity-start = Начать оценку
maturity-assessment-title = Оценка зрелости: { $team }
maturity-col-team = Команда
maturity-col-framework = Методика
maturity-col-kind = Вид
maturity-col-status = Статус
maturity-col-round = Раунд
maturity-col-updated = Последнее изменение
maturity-col-parameter = Параметр
maturity-col-profile = Профиль
maturity-col-tier = Уровень
maturity-col-from = Сейчас
maturity-col-to = Требуется
maturity-col-action = Предлагаемое действие
maturity-col-owner = Ответственный
maturity-col-due = Срок
maturity-col-service = Услуга FIRST
maturity-kind-self = Самооценка
maturity-kind-peer = Экспертная оценка
maturity-kind-audit = Аудит
maturity-label-self-assessment = На самооценке
maturity-label-peer-review = На экспертной проверке
maturity-label-validated = Подтверждена
maturity-label-signed-off = Утверждена
maturity-reviewer = Эксперт
maturity-reviewer-none = Не назначен
maturity-reviewer-choose = Эксперт (сотрудник другой команды или секретариата)
maturity-reviewer-save = Назначить
maturity-progress = Ход работы
maturity-answered = Команда оценила { $answered } из { $total } параметров
maturity-expired-count = { $count ->
    [one] У { $count } параметра истёк срок подтверждения.
    [few] У { $count } параметров истёк срок подтверждения.
    [many] У { $count } параметров истёк срок подтверждения.
   *[other] У { $count } параметра истёк срок подтверждения.
}
maturity-roadmap-link = Дорожная карта команды
maturity-diff-link = Что изменилось между раундами
maturity-tiers = Уровни
maturity-tier-none = пока нет
maturity-tier-reached = Достигнутый уровень: { $tier }.
maturity-tier-next = Следующий уровень: { $tier }.
maturity-blockers = { $count ->
    [one] { $count } параметр мешает перейти на следующий уровень
    [few] { $count } параметра мешают перейти на следующий уровень
    [many] { $count } параметров мешают перейти на следующий уровень
   *[other] { $count } параметра мешают перейти на следующий уровень
}
maturity-plan = Добавить в дорожную карту
maturity-steps = Следующий шаг
maturity-reason = Причина или сообщение (необязательно; нужно для возврата оценки, если ни у одного параметра нет комментария)
maturity-reason-hint = Сохраняется вместе с этим раундом и в журнале аудита.
maturity-do-submit = Отправить на экспертную проверку
maturity-do-return = Вернуть команде
maturity-do-validate = Подтвердить
maturity-do-sign-off = Утвердить
maturity-parameters = Параметры
maturity-self-hint = Выберите уровень для каждого параметра и укажите, на чём он основан. Сохраняйте сколько угодно раз: сохраняется только изменённое.
maturity-validate-hint = Укажите уровень, который вы можете подтвердить по каждому параметру, и комментарий, если он отличается от уровня команды.
maturity-self-level = Уровень команды
maturity-validated-level = Подтверждённый уровень
maturity-note = Примечание команды
maturity-comment = Комментарий эксперта
maturity-unanswered = Не оценено
maturity-differs = отличается от уровня команды
maturity-save = Сохранить уровни
maturity-na = н/п
maturity-missing = не оценено
maturity-expired = срок подтверждения истёк
maturity-evidence-hint = Подтверждения:
maturity-evidence-url = ссылка
maturity-evidence-file = файл
maturity-evidence-check = проверка доступности
maturity-evidence-add = Добавить подтверждение
maturity-evidence-title = Название
maturity-evidence-address = Веб-адрес
maturity-evidence-ping = Или сообщение проверки доступности, отправленное команде
maturity-evidence-issued = Дата документа
maturity-evidence-expires = Пересмотреть до (необязательно)
maturity-evidence-save = Добавить подтверждение
maturity-evidence-remove = Удалить
maturity-ping-acked = получение подтверждено
maturity-ping-not-acked = получение не подтверждено
maturity-diff-title = Что изменилось между раундами
maturity-diff-from = С
maturity-diff-to = По
maturity-diff-show = Сравнить
maturity-diff-none = Между ними ничего не изменилось.
maturity-diff-count = { $count ->
    [one] Изменился { $count } параметр
    [few] Изменились { $count } параметра
    [many] Изменились { $count } параметров
   *[other] Изменились { $count } параметра
}
maturity-diff-texts = Примечания и комментарии
maturity-round-n = Раунд { $round }
maturity-round-now = Сейчас
maturity-roadmap-title = Дорожная карта: { $team }
maturity-roadmap-explained = Одна позиция на каждый параметр, мешающий перейти на следующий уровень: от текущего уровня до требуемого. Меняйте действие, ответственного, срок и статус по ходу работы.
maturity-roadmap-download = Скачать дорожную карту (XLSX)
maturity-roadmap-empty = Дорожная карта пуста. Составьте её по уровням одной из оценок.
maturity-roadmap-save = Сохранить позицию
maturity-roadmap-open = Открыта
maturity-roadmap-in-progress = В работе
maturity-roadmap-done = Выполнена
maturity-roadmap-dropped = Отменена
maturity-service-hint = Необязательно: услуга FIRST CSIRT Services Framework, которую создаёт эта позиция, например 5.1.
maturity-action-to-1 = { $parameter }: добейтесь, чтобы это делалось на практике, и назначьте исполнителя.
maturity-action-to-2 = { $parameter }: опишите письменно, как это делается, для внутреннего использования.
maturity-action-to-3 = { $parameter }: утвердите письменный документ у руководства команды и поддерживайте его в актуальном состоянии.
maturity-action-to-4 = { $parameter }: организуйте проверку вышестоящим или внешним органом и примите меры по её итогам.
maturity-error-step = Выберите один из шагов, предложенных на странице.
maturity-error-level = «{ $value }» — не уровень: выберите 0, 1, 2, 3, 4 или н/п.
maturity-error-kind = Выберите вид оценки: самооценка, экспертная оценка или аудит.
maturity-error-framework-name = Выберите одну из предложенных методик.
maturity-error-page-version = Страница устарела: обновите её и повторите попытку.
maturity-error-version = Страница устарела для { $parameter }: обновите её и повторите попытку.
maturity-error-too-long-field = Текст для { $parameter } слишком длинный (не более 10 000 символов).
maturity-error-reviewer = Выберите эксперта из списка.
maturity-error-evidence-source = Укажите веб-адрес или выберите сообщение проверки доступности.
maturity-error-profile = Выберите один из профилей оценки.
maturity-error-roadmap-status = Выберите статус: открыта, в работе, выполнена или отменена.
maturity-error-round = «{ $value }» — не раунд этой оценки.
maturity-history-link = Оценки команды во времени
maturity-all-regions = Все регионы
maturity-assessment-n = Оценка № { $id }
maturity-changes = Что изменилось с предыдущей оценки
maturity-col-assessment = Оценка
maturity-col-blockers = Мешают следующему уровню
maturity-col-country = Страна
maturity-col-days = Дней с последнего изменения
maturity-col-group = Группа (средний уровень, 0–4)
maturity-col-open-items = Открытые позиции дорожной карты
maturity-col-region = Регион МСЭ
maturity-col-signed-off = Утверждена
maturity-col-stage = Состояние
maturity-col-started = Начата
maturity-error-region = Такого региона МСЭ нет: выберите регион из списка.
maturity-filter = Показать
maturity-groups = Четыре группы
maturity-groups-table = Средний уровень оценённых параметров каждой группы (без н/п)
maturity-portfolio-download = Скачать в CSV
maturity-portfolio-explained = Каждая страна и её национальная CIRT: состояние, уровень по первому профилю в последней оценке (предварительный до подтверждения), давность последнего изменения, что мешает следующему уровню и открытые позиции дорожной карты.
maturity-portfolio-summary = Стран: { $countries }; с командой в справочнике: { $teams }; оценено: { $assessed }
maturity-portfolio-title = Портфель программы
maturity-radar-title = Средний уровень четырёх групп: { $team }
maturity-stage-no-team = Нет команды в справочнике
maturity-stage-not-assessed = Не оценена
maturity-team-title = Зрелость во времени: { $team }
maturity-tier-provisional = { $tier } (предварительно)
maturity-timeline = Оценки и достигнутые уровни
maturity-act-publish = выбирать, что публикуется
maturity-error-publication = Укажите, публиковать ли уровень: да или нет.
maturity-publication = Что показывает публичный сайт
maturity-publication-off = Программа не публикует результаты оценки зрелости: ничего не показывается, что бы ни выбрала команда.
maturity-publication-nothing = Сейчас ничего не показывается: команда не согласилась публиковать уровень или ни одна оценка ещё не утверждена.
maturity-publication-shown = Публичная страница команды показывает:
maturity-publication-choose = Публиковать уровень последней утверждённой оценки на публичной странице команды?
maturity-publication-yes = Да, публиковать уровень
maturity-publication-no = Нет, ничего не публиковать
maturity-publication-hint = Уровни, примечания, подтверждения и дорожная карта никогда не публикуются.
maturity-publication-save = Сохранить выбор
maturity-published-tier = { $profile }: { $tier } (утверждена { $date })
maturity-public-label = Уровень зрелости:
maturity-prefill-title = Данные об уровне зрелости для национального индекса
maturity-prefill-for = { $country }, выпуск { $edition }
maturity-prefill-explained = Последняя утверждённая оценка зрелости страны подтверждает эти ответы индекса по таблице соответствия cyberindex. Предзаполнение добавляет их только там, где страна ещё не ответила, как черновики, которые страна подтверждает или исправляет; у каждого указан источник.
maturity-prefill-none = Ни у одной команды этой страны ещё нет утверждённой оценки зрелости.
maturity-prefill-source = По оценке
maturity-prefill-nothing = Эта оценка не подтверждает ни одного ответа выпуска.
maturity-prefill-count = { $count ->
    [one] Предложен { $count } ответ
    [few] Предложено { $count } ответа
    [many] Предложено { $count } ответов
   *[other] Предложено { $count } ответа
}
maturity-prefill-question = Вопрос
maturity-prefill-offered = Предлагаемый ответ
maturity-prefill-because = Источник
maturity-prefill-current = Текущий ответ страны
maturity-prefill-unanswered = нет ответа: будет предзаполнен
maturity-prefill-apply = { $count ->
    [one] Предзаполнить { $count } ответ для подтверждения страной
    [few] Предзаполнить { $count } ответа для подтверждения страной
    [many] Предзаполнить { $count } ответов для подтверждения страной
   *[other] Предзаполнить { $count } ответа для подтверждения страной
}
maturity-prefill-all-answered = Страна ответила на все эти вопросы: предзаполнять нечего.
maturity-prefill-link = Передать эту оценку в национальный индекс:
maturity-error-prefill-none = Ни у одной команды этой страны нет утверждённой оценки зрелости для предзаполнения.
maturity-saved = { $count ->
    [0] Ничего не изменилось: ничего не сохранено.
    [one] Сохранён { $count } параметр.
    [few] Сохранены { $count } параметра.
    [many] Сохранено { $count } параметров.
   *[other] Сохранено { $count } параметра.
}

# Создание национальных CIRT (задача 17, часть 6)
establishment-title = Создание национальных CIRT
establishment-explained = Работа программы со странами по созданию национальных CIRT по этапам: оценка, проектирование, создание, развитие. Этап завершается, когда утверждён его итоговый документ.
establishment-filter = Отфильтровать
establishment-all-regions = Все регионы
establishment-none = Нет проектов для показа.
establishment-list = Проекты по странам
establishment-col-country = Страна
establishment-col-region = Регион МСЭ
establishment-col-phase = Этап
establishment-col-days = Время на этапе
establishment-col-pending = Документы, ожидающие решения
establishment-col-missing = Обязательные документы, ещё не утверждённые
establishment-new = Начать проект
establishment-team = Команда из справочника
establishment-team-none = Команды пока нет
establishment-team-hint = Свяжите национальный CIRT, когда он появится в справочнике: его сотрудники смогут следить за проектом.
establishment-team-choose = Команда
establishment-team-save = Сохранить команду
establishment-note = Примечание
establishment-start = Начать
establishment-heading = Создание национального CIRT: { $country }
establishment-phases = Этапы
establishment-phase-assessment = Оценка
establishment-phase-design = Проектирование
establishment-phase-establishment = Создание
establishment-phase-enhancement = Развитие
establishment-phase-closed = Завершён
establishment-step-done = завершён
establishment-step-current = текущий этап
establishment-step-todo = впереди
establishment-kind-readiness-report = отчёт о готовности
establishment-kind-design-document = проектный документ
establishment-kind-procedures = процедуры
establishment-kind-handover = передача
establishment-kind-other = другой документ
establishment-status-submitted = представлен
establishment-status-approved = утверждён
establishment-status-changes-requested = запрошены изменения
establishment-move = Следующий этап
establishment-move-to = Перейти к этапу «{ $phase }»
establishment-blocked = Этап «{ $phase }» нельзя завершить, пока не утверждён его документ ({ $deliverable }).
establishment-required = Обязательный документ: { $deliverable }.
establishment-required-ok = Утверждён.
establishment-required-missing = Ещё не утверждён.
establishment-no-deliverables = На этом этапе документов пока нет.
establishment-deliverables-of = Документы этапа «{ $phase }»
establishment-col-title = Название
establishment-col-kind = Вид
establishment-col-date = Дата документа
establishment-col-status = Статус
establishment-col-decision = Решение
establishment-decide-on = Решение по документу «{ $title }»
establishment-comment = Комментарий
establishment-approve = Утвердить
establishment-request-changes = Запросить изменения
establishment-upload = Добавить документ
establishment-other-phase = Этап (для другого документа)
establishment-other-phase-hint = Обязательный документ относится к своему этапу; другой документ — к этапу, выбранному здесь.
establishment-source = Документ: файл или ссылка
establishment-file = Файл
establishment-file-hint = PDF, офисные документы, изображения или текст в пределах допустимого размера.
establishment-url = Ссылка
establishment-add = Добавить
establishment-services = Планируемые услуги
establishment-services-source = Области услуг и услуги FIRST CSIRT Services Framework v2.1 (идентификаторы и названия на английском), для каждой — этап, с которого она начинается.
establishment-service-phase = Этап начала услуги { $service }
establishment-services-save = Сохранить планируемые услуги
establishment-services-none = Услуги пока не запланированы.
establishment-col-service = Услуга
establishment-col-starts = Начинается на этапе
establishment-history = История этапов
establishment-col-when = Когда
establishment-col-change = Изменение
establishment-col-by = Кем
establishment-stale = Проект или документ изменён другим пользователем: обновите страницу и повторите попытку.
establishment-act-read = просматривать это
establishment-act-create = начинать проект
establishment-act-move = менять этап
establishment-act-link-team = привязывать команду
establishment-act-upload = добавлять документы
establishment-act-decide = принимать решения по документам
establishment-act-services = планировать услуги
establishment-error-forbidden = Вы не можете { $act } в этом проекте.
establishment-error-country = «{ $value }» — не код страны: используйте ISO 3166 alpha-3, например KEN.
establishment-error-open = У страны { $country } уже есть открытый проект (номер { $id }): сначала завершите его.
establishment-error-unknown-team = В справочнике нет команды «{ $team }».
establishment-error-closed = Проект завершён: изменить его больше нельзя.
establishment-error-phase-order = Проект находится на этапе «{ $from }»: перейти можно только к следующему этапу, а не к этапу «{ $to }».
establishment-error-deliverable-missing = Этап «{ $phase }» нельзя завершить, пока не утверждён его документ ({ $deliverable }).
establishment-error-kind-phase = Документ этого вида ({ $deliverable }) относится к этапу «{ $phase }».
establishment-error-phase-not-reached = Проект ещё не дошёл до этапа «{ $phase }».
establishment-error-title-missing = Укажите название документа.
establishment-error-source = Загрузите файл или укажите ссылку (что-то одно).
establishment-error-decided = По этому документу решение уже принято.
establishment-error-comment-required = Укажите, что нужно изменить: для запроса изменений нужен комментарий.
establishment-error-too-long = Поле { $field } слишком длинное.
establishment-error-phase-value = «{ $value }» — не этап: выберите оценку, проектирование, создание или развитие.
establishment-error-kind = «{ $value }» — не вид документа: выберите из списка.
establishment-error-decision = «{ $value }» — не решение: утвердите или запросите изменения.
establishment-error-service = «{ $id }» — не услуга FIRST CSIRT Services Framework v2.1.
establishment-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
establishment-error-service-phase = Услуга { $id }: «{ $value }» — не этап: выберите оценку, проектирование, создание или развитие.
# Publication day: the demonstration being prepared (issue 19)
preparing-title = Подготовка демонстрации
preparing-text = Создаются демонстрационные данные. Эта страница обновится сама через несколько секунд.
preparing-reload = Обновить сейчас

## CyberDrills (issue 18): пульт и места участников
nav-drills = Учения
drill-title = Киберучения
drill-explained = Учения, которые вы проводите: выпускайте вводные для команд, следите за их ответами и оценивайте их по ожидаемым действиям.
drill-none = Вы пока не проводите учений. Запланируйте учения по сохранённому сценарию («Запланировать учения») или в командной строке (cyberindex drill create).
drill-list = Учения, которые вы проводите
drill-col-title = Учения
drill-col-host = Организатор
drill-col-start = Плановое начало
drill-col-status = Состояние
drill-col-teams = Команды
drill-col-team = Команда
drill-col-comms = Проверка связи
drill-col-score = Оценка
drill-col-target = Цель
drill-col-evaluated = Оценено ожиданий
drill-col-role = Роль
drill-col-label = Метка
drill-col-link-state = Ссылка
drill-col-actions = Действия
drill-col-inject = Вводная
drill-col-move = Этап
drill-col-at = Время от начала
drill-col-channel = Канал
drill-col-state = Состояние
drill-scenario = Сценарий
drill-clock = Часы
drill-exercise-time = Время учений
drill-simulated-time = Моделируемое время
drill-reload = Обновить страницу
drill-status-planned = запланированы
drill-status-comms-check = идёт проверка связи
drill-status-running = идут
drill-status-paused = приостановлены
drill-status-ended = завершены
drill-status-reported = отчёт готов
drill-step-comms-check = Отправить проверку связи
drill-step-start = Начать учения
drill-step-pause = Приостановить
drill-step-resume = Продолжить
drill-step-end = Завершить учения
drill-step-report = Отметить отчёт как выпущенный
drill-teams = Команды
drill-no-teams = Пока ни одна команда не участвует. Добавьте команды из справочника ниже.
drill-comms-result = подтверждено { $acknowledged } из { $sent }, ошибок: { $failed }
drill-comms-none = не проверялась
drill-links = Ссылки участников
drill-links-explained = Игроки, оценщики и наблюдатели входят без учётной записи, каждый по одноразовой ссылке. Отправляйте каждую ссылку одному человеку.
drill-link-new = Выдать ссылку
drill-link-all-teams = Все команды
drill-link-team-hint = Ссылке игрока нужна команда; ссылка оценщика или наблюдателя охватывает одну команду или все.
drill-link-issue = Выдать ссылку
drill-link-issued = Ссылка выдана
drill-link-issued-for = Ссылка для роли «{ $role }» ({ $team }).
drill-link-address = Ссылка
drill-link-once = Скопируйте её сейчас: она показывается только один раз, действует один раз и истекает { $when }.
drill-back-to-console = Вернуться к пульту
drill-link-revoke = Отозвать
drill-link-revoke-named = Отозвать ссылку { $label }
drill-link-revoked = отозвана
drill-link-used = использована { $when }
drill-link-expired = истекла
drill-link-open = ещё не использована, действует до { $when }
drill-role-player = игрок
drill-role-observer = наблюдатель
drill-role-evaluator = оценщик
drill-timeline = Хронология
drill-inject-pending = ожидает
drill-inject-released = выпущена
drill-inject-released-at = выпущена в { $at }
drill-inject-ready = готова к выпуску
drill-inject-held = задержана
drill-inject-skipped = пропущена
drill-inject-moved = перенесена
drill-act-release = Выпустить сейчас
drill-act-release-named = Выпустить { $inject } сейчас
drill-act-hold = Задержать
drill-act-hold-named = Задержать { $inject }
drill-act-resume = Возобновить
drill-act-resume-named = Возобновить { $inject }
drill-act-skip = Пропустить
drill-act-skip-named = Пропустить { $inject }
drill-act-move = Перенести
drill-act-move-named = Перенести { $inject } на эту минуту
drill-minutes-from-start = Минут от начала
drill-channel-portal = портал
drill-channel-email = почта
drill-channel-news = новость
drill-channel-document = документ
drill-responses = Ответы
drill-no-responses = Ответов пока нет.
drill-response-file = Документ
drill-verdict = Оценка
drill-result-success = успех
drill-result-partial = частично
drill-result-failed = неудача
drill-comment = Комментарий
drill-evaluate = Записать оценку
drill-join-title = Присоединиться к учениям
drill-join-explained = Эта ссылка открывает ваше место в киберучениях. Она действует один раз: присоединяйтесь из браузера, которым будете пользоваться во время учений.
drill-join = Присоединиться
drill-fictional = Этот сценарий вымышлен: это учения, а не настоящий инцидент.
drill-score-against-target = Оценка { $score } при цели { $target }
drill-no-injects = Этой команде пока ничего не выпущено.
drill-news-feed = Лента новостей
drill-inbox = Вводные
drill-released-at = выпущена в { $at }
drill-expectation = Ожидается
drill-your-response = Ваш ответ
drill-send-response = Отправить ответ
drill-act-read = видеть эти учения
drill-act-run = проводить учения
drill-act-respond = отвечать
drill-act-evaluate = оценивать ответы
drill-act-lessons = отвечать на вопросник об уроках
drill-error-forbidden = Вы не можете { $act } в этих учениях.
drill-error-scenario = В сценарии есть ошибки: { $problems }
drill-error-scenario-changed = Сценарий { $id } версии { $version } уже существует с другим содержанием: присвойте изменённому сценарию новую версию.
drill-error-status = Учения { $status }: сейчас нельзя { $act }.
drill-error-released = Вводная { $inject } уже выпущена: её нельзя изменить.
drill-error-dependency = Вводная { $inject } ждёт { $depends }.
drill-error-expectation = У вводной { $inject } нет ожидания { $index }.
drill-error-unknown-team = В справочнике нет команды «{ $team }».
drill-error-empty-response = Напишите ответ или приложите документ.
drill-error-score = Оценка — целое число от 0 до 100.
drill-error-too-long = Поле { $field } слишком длинное.
drill-error-empty = Поле { $field } пустое.
drill-error-time-zone = «{ $value }» — не часовой пояс: напишите UTC или смещение, например UTC+03:00.
drill-error-language = Сценарий не написан на «{ $lang }»: выберите из { $available }.
drill-error-date = «{ $value }» — не дата: пишите ГГГГ-ММ-ДД, например 2026-03-31.
drill-error-link-used = Эта ссылка уже использована. Попросите у ведущего новую.
drill-error-link-expired = Срок действия ссылки истёк.
drill-error-link-revoked = Эта ссылка отозвана. Попросите у ведущего новую.
drill-error-link-unknown = Эта ссылка недействительна.
drill-error-link-team = Ссылке игрока нужна одна из команд учений.
drill-error-step = Выберите шаг, доступный учениям.
drill-error-act = Выберите: выпустить, задержать, возобновить, пропустить или перенести.
drill-error-minutes = Время — целое число минут от 0 до { $max }.
drill-error-number = «{ $value }» — не целое число.
drill-error-result = Выберите: успех, частично или неудача.
drill-error-role = Выберите: игрок, оценщик или наблюдатель.
drill-changed = Учения изменились: обновите страницу, чтобы увидеть изменения (набранный текст сохранится до обновления).
# Issue 17: отчёт об оценке (PDF), проверки доступности как доказательства, этап в портфеле
report-maturity-title = { $team }: оценка зрелости
report-maturity-source = Оценка зрелости { $id }, раунд { $round }. Ограниченный доступ: не для публикации.
report-maturity-next = Следующий уровень
report-maturity-blockers = Мешает следующему уровню
report-maturity-no-blockers = Следующему уровню ничто не мешает.
report-maturity-evidence = Доказательства
report-maturity-evidence-none = Доказательства не записаны.
report-maturity-expires = Пересмотреть до
report-maturity-roadmap = Дорожная карта
report-maturity-roadmap-none = Дорожная карта пуста.
report-maturity-restricted = Этот отчёт содержит подробности оценки по параметрам: уровни, заметки, комментарии, доказательства и дорожную карту. Доступ к нему есть только у команды, её рецензента и секретариата программы. Публиковать можно только уровень, и только с согласия команды.
maturity-report-download = Скачать эту оценку в PDF
maturity-reach-offers = Проверки доступности команды, ещё не прикреплённые здесь:
maturity-reach-attach = Прикрепить как доказательство
maturity-reach-evidence-title = Проверка доступности от { $date } ({ $address }): { $outcome }
maturity-col-phase = Этап создания
maturity-error-parameter-level = { $parameter }: «{ $value }» — не уровень: выберите 0, 1, 2, 3, 4 или н/п.
maturity-error-parameter-twice = { $parameter } указан более одного раза: отправьте каждый параметр один раз.
maturity-evidence-upload = Или файл
maturity-evidence-upload-hint = Укажите веб-адрес, сообщение проверки или файл: PDF, офисный документ, изображение или текст, до { $size } МБ. Веб-страницы и другая разметка не принимаются.
maturity-error-evidence-one-source = Укажите что-то одно: файл, веб-адрес или сообщение проверки.
maturity-error-evidence-field = Неизвестное поле «{ $field }»: используйте parameter, title, url, ping, file, issued или expires.
maturity-sheet-group = Группа
maturity-sheet-name = Краткое название
maturity-sheet-evidence = Подтверждения (название: где (дата → пересмотреть до))
maturity-export-link = Скачать как книгу (XLSX)
maturity-import-link = Импортировать уровни команды из книги
maturity-import-title = Импорт самооценки оценки { $id }
maturity-import-back = Назад к оценке
maturity-import-nothing-applied = Ничего не применено. Исправьте в книге каждую указанную здесь ячейку и прочитайте её снова.
maturity-import-preview = Что меняет книга
maturity-import-changes = Изменения уровней и заметок команды
maturity-import-from = Сейчас
maturity-import-to = В книге
maturity-import-note-same = без изменений
maturity-import-upload = Прочитать книгу
maturity-import-hint = Используйте книгу этой оценки: читаются только параметр (столбец A), уровень команды (D) и заметка (E). Уровни — от 0 до 4 или н/п, пусто, если не оценено. Ничего не применяется до подтверждения предварительного просмотра.
maturity-import-file = Книга (.xlsx)
maturity-import-read = Предварительно просмотреть изменения
maturity-import-error-no-parameter = { $cell }: укажите идентификатор параметра этой строки.
maturity-import-error-parameter = { $cell }: «{ $value }» — не параметр рамки этой оценки.
maturity-import-error-duplicate = { $cell }: { $parameter } уже есть в строке { $row }.
maturity-import-error-level = { $cell }: уровень «{ $value }» не входит в шкалу 0–4 или н/п.
maturity-import-error-too-long = { $cell }: заметка к { $parameter } длиннее 10 000 символов.
maturity-import-error-file = Файл не удалось прочитать как книгу: { $detail }
maturity-import-error-empty = На листе нет строк параметров: заполните книгу, выгруженную из этой оценки.
maturity-import-error-no-file = Выберите книгу для чтения.
maturity-import-errors = { $count ->
    [one] { $count } проблема в книге
    [few] { $count } проблемы в книге
    [many] { $count } проблем в книге
   *[other] { $count } проблемы в книге
}
maturity-import-summary = { $count ->
    [0] { $file }: книга ничего не меняет.
    [one] { $file }: { $count } изменение уровней и заметок команды.
    [few] { $file }: { $count } изменения уровней и заметок команды.
    [many] { $file }: { $count } изменений уровней и заметок команды.
   *[other] { $file }: { $count } изменения уровней и заметок команды.
}
maturity-import-apply = { $count ->
    [one] Применить { $count } изменение
    [few] Применить { $count } изменения
    [many] Применить { $count } изменений
   *[other] Применить { $count } изменения
}
maturity-error-control-field = Текст для { $parameter } содержит управляющий символ: удалите его.
establishment-error-field = Неизвестное поле «{ $field }»: используйте kind, phase, title, issued, url или file.

## The after-action report of a drill (crates/report/src/drill.rs, crates/drill/src/report.rs)
drill-report-title = { $title }: отчёт по итогам учений
drill-report-source = Учения { $id }, { $date } · { $tlp }
drill-report-copy-full = Полный отчёт: результаты всех команд. Результаты каждой команды конфиденциальны: только для команды, организатора и секретариата программы.
drill-report-copy-team = Экземпляр для { $team }: только результаты этой команды, конфиденциально для команды, организатора и секретариата программы.
drill-report-copy-public = Открытый отчёт: сводные результаты, опубликованные с согласия организатора. Команды не называются.
drill-report-summary = Сводка
drill-report-drill = Учения
drill-report-level = Уровень
drill-report-level-national = Национальный
drill-report-level-regional = Региональный
drill-report-level-global = Глобальный
drill-report-mode = Формат
drill-report-mode-tabletop = Штабные
drill-report-mode-hybrid = Смешанные
drill-report-mode-strategy = Стратегические
drill-report-time-zone = Часовой пояс
drill-report-languages = Языки
drill-report-start = Начало
drill-report-end = Окончание
drill-report-scenario = Сценарий
drill-report-version = Версия сценария
drill-report-tlp = TLP
drill-report-licence = Лицензия
drill-report-timeline = Хронология
drill-report-planned = Плановое время
drill-report-released = Выпущено в (время учений)
drill-report-inject-title = Заголовок
drill-report-results = Результаты по командам
drill-report-expectation = Ожидаемое действие
drill-report-verdicts = Оценки
drill-report-expected = Ожидаемый балл
drill-report-met = Выполнено
drill-report-not-met = Не выполнено
drill-report-not-evaluated = Не оценено
drill-report-confidential = Конфиденциально: результаты каждой команды предназначены только для неё, организатора и секретариата программы.
drill-report-aggregate = Сводные результаты
drill-report-responses = Ответы
drill-report-mean = Средний балл
drill-report-min = Наименьший балл
drill-report-max = Наибольший балл
drill-report-share = Доля команд (%)
drill-report-strengths = Сильные стороны
drill-report-gaps = Пробелы
drill-report-improvements = План улучшений
drill-report-lessons = Уроки
drill-report-none = Нет.
drill-report-issue = Проблема
drill-report-question = Вопрос
drill-report-answer = Ответ
drill-report-anonymous = Анонимно
drill-report-heading = Отчёт по итогам учений
drill-report-pdf = PDF
drill-report-xlsx = Книга (XLSX)
drill-report-own = Отчёт вашей команды по итогам учений (PDF)
nav-drill-results = Результаты учений
drill-public-title = Результаты учений CyberDrill
drill-public-explained = Сводные результаты учений CyberDrill, организатор которых согласился их опубликовать. Команды не называются: результаты каждой команды остаются у этой команды, организатора и секретариата программы.
drill-public-none = Результаты учений ещё не опубликованы.
drill-public-list = Опубликованные учения, сначала последние
drill-public-copy = Публичная копия отчёта по итогам учений: сводные данные всех команд без указания названий.
drill-public-shares = Доля оценённых команд, выполнивших каждое ожидание
drill-public-evaluated = Оценено команд
# Issue 18: planning on the web, teams, improvement plan, lessons, documents, programme
drill-new-title = Запланировать учения
drill-new-no-scenario = Сценариев пока нет. Импортируйте сценарий в командной строке (cyberindex drill import).
drill-new-host-team = Команда, сотрудники которой ведут учения
drill-new-no-host-team = Нет: только секретариат
drill-new-host-team-hint = Сотрудники этой команды из справочника могут вести пульт учений наряду с секретариатом.
drill-new-time-zone = Часовой пояс
drill-new-time-zone-hint = UTC или смещение, например UTC+03:00. Начало ниже указывается в этом поясе.
drill-new-start = Плановое начало
drill-new-languages = Языки
drill-new-languages-hint = Коды языков через запятую, например en,fr. Оставьте пустым для всех языков сценария.
drill-new-public-results = Принимающая сторона согласна опубликовать сводные результаты
drill-new-create = Создать учения
drill-col-level = Уровень
drill-col-mode = Формат
drill-level-national = национальные
drill-level-regional = региональные
drill-level-global = глобальные
drill-mode-tabletop = штабные
drill-mode-hybrid = смешанные
drill-mode-strategy = стратегические
drill-error-new-field = Неизвестное поле «{ $field }»: используйте scenario, title, level, mode, host, host_team, time_zone, start, languages или public_results.
drill-error-new-scenario = Выберите версию сценария.
drill-error-new-level = Выберите национальные, региональные или глобальные.
drill-error-new-mode = Выберите штабные, смешанные или стратегические.
drill-error-new-start = «{ $value }» — не время начала: укажите дату и время, например 2026-12-10T09:00.
drill-team-add = Добавить команду
drill-team-choose = Выберите команду из справочника
drill-team-roles = Роли в сценарии
drill-team-roles-hint = Вводная, адресованная роли, приходит командам с этой ролью; вводные для всех команд приходят каждой.
drill-team-consent = Команда согласна предложить свои результаты как свидетельства для следующей оценки зрелости
drill-team-consent-hint = Только тогда её оценки по ожиданиям, связанным с параметрами зрелости, предлагаются её оценке.
drill-team-add-button = Добавить команду
drill-error-team-field = Неизвестное поле «{ $field }»: используйте team, roles или consent.
drill-error-team-missing = Выберите команду.
drill-error-team-role = «{ $role }» — не роль этого сценария: выберите из { $roles }.
drill-improvements = План улучшений
drill-improvements-explained = Что команды и принимающая сторона изменят после учений: каждая проблема с действием, ответственным, сроком и параметром зрелости, которому она служит.
drill-improvements-none = План улучшений пуст.
drill-improvement-issue = Проблема
drill-improvement-action = Действие
drill-improvement-owner = Ответственный
drill-improvement-due = Срок
drill-improvement-parameter = Параметр зрелости
drill-improvement-no-parameter = Нет
drill-improvement-status = Статус
drill-improvement-save = Сохранить пункт
drill-improvement-new = Добавить пункт
drill-improvement-add = Добавить в план
drill-error-improvement-team = «{ $team }» не участвует в этих учениях.
drill-error-improvement-parameter = «{ $parameter }» не связан с этим сценарием: выберите из { $parameters }.
drill-lessons = Извлечённые уроки
drill-lessons-none = Ответов на анкету уроков пока нет.
drill-lessons-explained = Ответьте на те вопросы, на какие хотите; пустые ответы не учитываются.
drill-lessons-sent = Спасибо: ваши ответы записаны.
drill-lessons-anonymous = Ответить анонимно
drill-lessons-anonymous-hint = Тогда название вашей команды не сохраняется ни с ответами, ни в журнале аудита.
drill-lessons-send = Отправить ответы
drill-lesson-question = Вопрос
drill-lesson-answer = Ответ
drill-lesson-by = От
drill-lesson-anonymous = анонимно
drill-lesson-went-well = Что сработало хорошо в реагировании вашей команды?
drill-lesson-went-badly = Что не сработало или заняло слишком много времени?
drill-lesson-procedures = Какие процедуры или контакты вы измените?
drill-lesson-missing = Каких навыков, инструментов или сведений не хватило?
drill-lesson-next = Что следующие учения должны сделать иначе?
drill-error-lesson-field = Неизвестное поле «{ $field }»: отвечайте на вопросы формы.
drill-response-document = Или приложите документ
drill-response-hint = Напишите ответ, приложите документ (PDF, офисный документ, изображение или текст) или и то и другое.
drill-response-unsent = Ваш ответ, не отправлен (скопируйте его, чтобы сохранить):
drill-error-response-field = Неизвестное поле «{ $field }»: используйте inject, expectation, text или file.
drill-programme-title = Программа учений
drill-programme-explained = Все учения со странами и командами-участницами, участием и сводным результатом. Выберите страну, чтобы увидеть историю её участия.
drill-programme-year = Год
drill-programme-all-years = Все годы
drill-programme-country = История страны
drill-programme-no-country = Страна не выбрана
drill-programme-history = { $country }: учения с её участием
drill-programme-history-none = Ни одна команда этой страны не участвовала в учениях.
drill-programme-summary = Учений: { $count }
drill-programme-participation = ответили { $responded } из { $teams } команд
drill-programme-score = в среднем { $score } (цель { $target })
drill-programme-team-score = { $team }: { $score } (цель { $target })
drill-col-countries = Страны
drill-col-participation = Участие
drill-col-mean-score = Сводный результат
drill-error-year = «{ $value }» — не год: напишите четыре цифры, например 2026.
drill-error-country = «{ $value }» — не код страны: используйте код ISO 3166 alpha-3, например KEN.
maturity-drill-offers = Результаты учений CyberDrill, которые команда согласилась предложить:
maturity-drill-offer = { $drill } ({ $date }): { $score } при цели { $target } по ожиданиям: { $count }
maturity-drill-evidence-title = Учения CyberDrill «{ $drill }» от { $date }: { $score } при цели { $target } по ожиданиям, связанным с этим параметром: { $count }
maturity-error-drill-offer = Этот результат учений CyberDrill не предлагается для этого параметра: учения не завершены, команда не согласилась его предлагать, или отчёт уже приложен. Перезагрузите страницу, чтобы увидеть, что предлагается.
