// The login form posts name and password with ASP.NET Core's anti-forgery field filled in.
'use strict';

if (params.get('failed')) say(document.getElementById('message'), 'ຊື່ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ', 'That name or password is not right.', true);
if (params.get('locked')) say(document.getElementById('message'), 'ບັນຊີຖືກລັອກຊົ່ວຄາວ ຍ້ອນໃສ່ລະຫັດຜິດຫຼາຍເທື່ອ: ລໍຖ້າ ຫຼື ຖາມຜູ້ດູແລລະບົບ',
  'The account is locked for a while after too many wrong passwords: wait, or ask the administrator.', true);
api('/api/antiforgery').then(a => { document.getElementById('antiforgery').value = a.token; });
