/*
 * English chrome, continued: host tools, dialogs, chat, share and toasts. Sources as in
 * strings-en.ts; help-page wording where the capture had none (named per line).
 */
export const EN_MORE = {
  // Host tools panel (§7)
  enableWaitingRoom: 'Enable waiting room',
  lockMeeting: 'Lock Meeting',
  hideProfilePictures: 'Hide profile pictures',
  advanced: 'Advanced',
  suspendActivities: 'Suspend Participant Activities',
  allowParticipantsTo: 'Allow participants to:',
  allowChat: 'Chat',
  allowRename: 'Rename Themselves',
  allowUnmute: 'Unmute Themselves',
  allowStartVideo: 'Start Video',
  advancedItems: ['AI', 'My Notes', 'Share', 'Captions', 'Whiteboards'],
  shareItem: 'Share',
  howManyCanShare: 'How many participants can share at the same time?',
  multipleShare: 'Multiple participants can share simultaneously',
  oneShare: 'One participant can share at a time', // Zoom KB "Advanced sharing options"
  whoCanShare: 'Who can share?',
  allParticipants: 'All Participants',
  onlyHost: 'Only Host', // Zoom KB "Advanced sharing options"
  // Suspend confirm: press / university guides (platforms-and-anchors.md Z4, Z5, Z6)
  suspendTitle: 'Suspend participant activities?', // [inferred] title
  suspendBody:
    "Everyone's video, audio, in-meeting chat, annotation, screen sharing and recording will stop, and the meeting will be locked.",
  reportToZoom: 'Report to Zoom',
  suspend: 'Suspend',
  // Remove confirm (university guides: confirm, "report to Zoom" box, Remove)
  removeTitle: (name: string) => `Do you want to remove ${name}?`, // [inferred] wording
  // Report (KB0067474; NUS wiki): participant, reasons, comments, screenshot box, submit
  reportTitle: 'Report a participant', // [inferred]
  whichParticipant: 'Which participant(s) are you reporting?', // [inferred]
  tellYouLater: "I'll tell you later", // platforms-and-anchors.md (Z5, Z6)
  whatIssue: "What's the issue?", // [inferred]
  reasons: [
    'Nudity or sexual content',
    'Violent or graphic content',
    'Harassment or bullying',
    'Hate speech',
    'Meeting disruption',
    'Impersonation',
    'Child safety',
    'Other',
  ], // [inferred] labels
  comments: 'Comments (optional)',
  includeScreenshot: 'Include desktop screenshot',
  submit: 'Submit',
  reportSent: 'Your report has been sent.', // [inferred]
  // Rename (host renames a participant)
  renameTitle: 'Rename',
  renamePrompt: 'Enter a new name:',
  change: 'Change',
  // Share view (meeting-dom.md §1.3)
  viewingScreen: (name: string) => `You are viewing ${name}'s screen`,
  viewOptions: 'View Options',
  // Chat (operator doc, state 4b)
  meetingGroupChat: 'Meeting Group Chat',
  chatPlaceholder: 'Messages addressed to "Meeting Group Chat" will also appear in the meeting group chat in Team Chat',
  to: 'to',
  chatMessageList: 'Chat Message List',
  chatRow: (from: string, time: string, text: string) => `${from} to Meeting Group Chat, ${time}, ${text}`,
  // Toasts (§14; Albany wiki for the lock text)
  youAreHost: 'You are host now.',
  locked: 'You have locked the meeting. No one else can join.',
  unlocked: 'You have unlocked the meeting.', // [inferred]
  suspended: 'You have suspended participant activities.', // [inferred]
  waiting: (name: string) => `${name} has entered the waiting room for this meeting.`, // [inferred]
  admit: 'Admit',
  waitingRoom: (n: number) => `Waiting Room (${n})`, // [inferred]
};
